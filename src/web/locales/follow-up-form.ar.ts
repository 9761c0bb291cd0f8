import type { FollowUpFormMessages } from './follow-up-form.en.js';

/** Arabic texts of the public follow-up form after leaving a program (/suivi/:token), right to left. */
export const followUpFormAr: FollowUpFormMessages = {
  language: 'اللغة',
  loading: 'جارٍ التحميل…',
  greeting: 'مرحباً {{firstName}}',
  intro: 'تودّ {{organization}} أن تعرف أخبارك بعد {{duration}} من مغادرتك برنامج «{{program}}».',
  why: 'تساعد إجاباتك على تحسين البرنامج للأشخاص الذين سيأتون بعدك. يستغرق ذلك دقيقتين تقريباً.',
  expires: 'يمكن استخدام هذا الرابط مرة واحدة فقط، حتى {{date}}.',
  requiredNote: 'الأسئلة المعلَّمة بـ * تحتاج إلى إجابة. يمكنك تخطّي الأسئلة الأخرى.',
  yes: 'نعم',
  no: 'لا',
  employed: {
    label: 'هل لديك عمل مدفوع الأجر حالياً؟',
    description: 'العمل لحسابك الخاص يُحتسب أيضاً.',
  },
  sameEmployer: { label: 'هل تعمل لدى صاحب العمل نفسه الذي كنت تعمل لديه عند مغادرتك البرنامج؟' },
  contractType: {
    label: 'ما نوع عقد عملك؟',
    permanent: 'عقد دائم (بلا تاريخ انتهاء)',
    fixed_term: 'عقد محدّد المدة (له تاريخ انتهاء)',
    temporary: 'عمل مؤقت عن طريق وكالة توظيف',
    self_employed: 'أعمل لحسابي الخاص',
    other: 'نوع آخر',
  },
  hours: {
    label: 'كم ساعة تعمل في الأسبوع تقريباً؟',
    description: 'عدد بين {{min}} و{{max}}.',
    invalid: 'اكتب عدد ساعات بين {{min}} و{{max}}.',
  },
  wage: {
    label: 'كم تكسب في الشهر تقريباً، قبل الاقتطاعات؟',
    none: 'بلا أجر',
    under: 'أقل من {{amount}}',
    between: 'من {{from}} إلى {{to}}',
    atLeast: '{{amount}} أو أكثر',
  },
  inTraining: {
    label: 'هل تتابع تدريباً أو دراسة حالياً؟',
    description: 'دورة تدريبية أو تدريب مهني أو دراسة.',
  },
  inRegion: { label: 'هل ما زلت تسكن في المنطقة نفسها؟' },
  satisfied: {
    label: 'بشكل عام، إلى أيّ حدّ يُرضيك وضعك اليوم؟',
    '1': 'غير مُرضٍ إطلاقاً',
    '2': 'غير مُرضٍ كثيراً',
    '3': 'مُرضٍ إلى حدّ ما',
    '4': 'مُرضٍ',
    '5': 'مُرضٍ جداً',
  },
  submit: 'إرسال إجاباتي',
  sending: 'جارٍ الإرسال…',
  chooseAnswer: 'اختر إجابة.',
  fixErrors: 'بعض الإجابات تحتاج إلى استكمال أو تصحيح.',
  errorTitle: 'حدث خطأ',
  retry: 'أعد المحاولة',
  sendFailed: 'تعذّر إرسال إجاباتك',
  thanks: {
    title: 'شكراً، {{firstName}}!',
    text: 'وصلت إجاباتك إلى {{organization}}. يمكنك إغلاق هذه الصفحة.',
  },
  invalid: {
    title: 'هذا الرابط لم يعد صالحاً',
    text: 'يمكن استخدام رابط المتابعة مرة واحدة فقط، خلال {{duration}}. هذا الرابط استُخدم من قبل أو انتهت صلاحيته.',
    contact: 'إذا أردت الإجابة أو كان لديك سؤال، فتواصل مع مستشارك: يمكنه أن يرسل إليك رابطاً جديداً.',
  },
};
