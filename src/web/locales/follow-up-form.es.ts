import type { FollowUpFormMessages } from './follow-up-form.en.js';

/** Textos en español del formulario público de seguimiento tras la salida (/suivi/:token). */
export const followUpFormEs: FollowUpFormMessages = {
  language: 'Idioma',
  loading: 'Cargando…',
  greeting: 'Hola, {{firstName}}',
  intro:
    '{{organization}} quiere saber cómo le va, {{duration}} después de terminar el programa «{{program}}».',
  why: 'Sus respuestas ayudan a mejorar el programa para las personas que vendrán después. Le llevará unos dos minutos.',
  expires: 'Este enlace solo se puede usar una vez, hasta el {{date}}.',
  requiredNote: 'Las preguntas marcadas con * necesitan una respuesta. Puede saltarse las demás.',
  yes: 'Sí',
  no: 'No',
  employed: {
    label: '¿Tiene actualmente un trabajo remunerado?',
    description: 'También cuenta si trabaja por cuenta propia.',
  },
  sameEmployer: { label: '¿Es el mismo empleador que cuando terminó el programa?' },
  contractType: {
    label: '¿Qué tipo de contrato tiene?',
    permanent: 'Contrato indefinido (sin fecha de fin)',
    fixed_term: 'Contrato temporal (con fecha de fin)',
    temporary: 'Trabajo a través de una empresa de trabajo temporal',
    self_employed: 'Trabajo por cuenta propia',
    other: 'Otro',
  },
  hours: {
    label: '¿Cuántas horas trabaja a la semana, aproximadamente?',
    description: 'Un número entre {{min}} y {{max}}.',
    invalid: 'Escriba un número de horas entre {{min}} y {{max}}.',
  },
  wage: {
    label: '¿Cuánto gana al mes, aproximadamente, en bruto (antes de descuentos)?',
    none: 'Sin salario',
    under: 'Menos de {{amount}}',
    between: 'De {{from}} a {{to}}',
    atLeast: '{{amount}} o más',
  },
  inTraining: {
    label: '¿Está haciendo actualmente una formación o estudios?',
    description: 'Un curso, un aprendizaje o estudios.',
  },
  inRegion: { label: '¿Sigue viviendo en la misma región?' },
  satisfied: {
    label: 'En general, ¿hasta qué punto está conforme con su situación actual?',
    '1': 'Nada conforme',
    '2': 'Poco conforme',
    '3': 'Medianamente conforme',
    '4': 'Bastante conforme',
    '5': 'Totalmente conforme',
  },
  submit: 'Enviar mis respuestas',
  sending: 'Enviando…',
  chooseAnswer: 'Elija una respuesta.',
  fixErrors: 'Algunas respuestas necesitan completarse o corregirse.',
  errorTitle: 'Algo salió mal',
  retry: 'Volver a intentarlo',
  sendFailed: 'No se pudieron enviar sus respuestas',
  thanks: {
    title: '¡Gracias, {{firstName}}!',
    text: '{{organization}} ha recibido sus respuestas. Ya puede cerrar esta página.',
  },
  invalid: {
    title: 'Este enlace ya no funciona',
    text: 'Un enlace de seguimiento solo se puede usar una vez y durante {{duration}}. Este ya se usó o ha caducado.',
    contact:
      'Si quiere responder o tiene alguna pregunta, contacte con su orientador u orientadora: puede enviarle un enlace nuevo.',
  },
};
