import type { FollowUpFormMessages } from './follow-up-form.en.js';

/**
 * Dari/Persian texts of the public follow-up form after leaving a program (/suivi/:token), right to
 * left, in Persian script; words chosen to read naturally in Dari as in Iranian Persian (لینک، معاش، سوال).
 */
export const followUpFormFa: FollowUpFormMessages = {
  language: 'زبان',
  loading: 'در حال بارگذاری…',
  greeting: 'سلام {{firstName}}',
  intro: '{{organization}} می‌خواهد بداند {{duration}} پس از پایان برنامه «{{program}}» وضع شما چطور است.',
  why: 'پاسخ‌های شما به بهتر شدن این برنامه برای کسانی که پس از شما می‌آیند کمک می‌کند. حدود دو دقیقه وقت می‌گیرد.',
  expires: 'از این لینک فقط یک بار و تا {{date}} می‌توانید استفاده کنید.',
  requiredNote: 'به سوال‌هایی که با * مشخص شده‌اند باید پاسخ بدهید. از سوال‌های دیگر می‌توانید بگذرید.',
  yes: 'بله',
  no: 'نه',
  employed: {
    label: 'آیا در حال حاضر کاری دارید که از آن معاش یا مزد می‌گیرید؟',
    description: 'کار برای خودتان هم حساب می‌شود.',
  },
  sameEmployer: { label: 'آیا نزد همان کارفرمایی کار می‌کنید که هنگام پایان برنامه داشتید؟' },
  contractType: {
    label: 'قرارداد کاری شما از چه نوعی است؟',
    permanent: 'قرارداد دائمی (بدون تاریخ پایان)',
    fixed_term: 'قرارداد موقت (با تاریخ پایان)',
    temporary: 'کار موقت از طریق یک شرکت کاریابی',
    self_employed: 'برای خودم کار می‌کنم',
    other: 'نوع دیگر',
  },
  hours: {
    label: 'تقریباً چند ساعت در هفته کار می‌کنید؟',
    description: 'عددی بین {{min}} و {{max}}.',
    invalid: 'تعداد ساعت‌ها را بین {{min}} و {{max}} بنویسید.',
  },
  wage: {
    label: 'ماهانه تقریباً چقدر درآمد دارید، پیش از کسر مالیات و بیمه؟',
    none: 'بدون معاش',
    under: 'کمتر از {{amount}}',
    between: 'از {{from}} تا {{to}}',
    atLeast: '{{amount}} یا بیشتر',
  },
  inTraining: {
    label: 'آیا در حال حاضر در یک دوره آموزشی شرکت می‌کنید یا درس می‌خوانید؟',
    description: 'یک دوره آموزشی، کارآموزی یا تحصیل.',
  },
  inRegion: { label: 'آیا هنوز در همان منطقه زندگی می‌کنید؟' },
  satisfied: {
    label: 'روی هم رفته، چقدر از وضعیت امروز خود راضی هستید؟',
    '1': 'اصلاً راضی نیستم',
    '2': 'چندان راضی نیستم',
    '3': 'تا حدی راضی هستم',
    '4': 'راضی هستم',
    '5': 'خیلی راضی هستم',
  },
  submit: 'فرستادن پاسخ‌ها',
  sending: 'در حال فرستادن…',
  chooseAnswer: 'یک پاسخ را انتخاب کنید.',
  fixErrors: 'برخی پاسخ‌ها باید کامل یا اصلاح شوند.',
  errorTitle: 'مشکلی پیش آمد',
  retry: 'دوباره امتحان کنید',
  sendFailed: 'پاسخ‌های شما فرستاده نشد',
  thanks: {
    title: 'تشکر، {{firstName}}!',
    text: 'پاسخ‌های شما به {{organization}} رسید. اکنون می‌توانید این صفحه را ببندید.',
  },
  invalid: {
    title: 'این لینک دیگر کار نمی‌کند',
    text: 'از لینک پیگیری فقط یک بار و در مدت {{duration}} می‌توان استفاده کرد. از این لینک قبلاً استفاده شده یا مدت آن تمام شده است.',
    contact:
      'اگر می‌خواهید پاسخ بدهید یا سوالی دارید، با مشاور خود تماس بگیرید: او می‌تواند یک لینک تازه برایتان بفرستد.',
  },
};
