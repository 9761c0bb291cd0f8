import type { frontDoorEn } from './sessions-front-door.en.js';

/** Arabic texts of the public Info-Emploi page, which people read before anybody follows them. */
export const frontDoorAr: typeof frontDoorEn &
  Record<`seatsLeft_${'zero' | 'two' | 'few' | 'many'}`, string> = {
  title: 'Info-Emploi: اكتشف منطقة وأصحاب العمل فيها',
  intro:
    'كل أسبوع، يقدّم شريك إقليمي مجتمعه وأصحاب العمل فيه عبر مؤتمر بالفيديو. سجّل مجاناً: سيردّ عليك الفريق المنظّم للجلسة بالبريد الإلكتروني.',
  mode: { in_person: 'حضورياً', virtual: 'عبر مؤتمر بالفيديو', hybrid: 'حضورياً أو عبر مؤتمر بالفيديو' },
  listTitle: 'الجلسات القادمة',
  none: 'لا توجد حالياً جلسة مفتوحة للتسجيل. عد الأسبوع القادم.',
  presenter: 'يقدّمها {{presenter}}',
  organizer: 'تنظّمها {{organization}}',
  language: 'اللغة: {{language}}',
  nextDates: 'المواعيد القادمة',
  // Arabic has six plural forms; i18next picks the one Intl.PluralRules names.
  seatsLeft_zero: 'لم يبقَ أي مقعد ({{count}})',
  seatsLeft_one: 'بقي مقعد واحد ({{count}})',
  seatsLeft_two: 'بقي مقعدان ({{count}})',
  seatsLeft_few: 'بقيت {{count}} مقاعد',
  seatsLeft_many: 'بقي {{count}} مقعداً',
  seatsLeft_other: 'بقي {{count}} مقعد',
  openSeats: 'توجد مقاعد متاحة',
  waitlist: 'مكتملة: الطلبات الجديدة تُسجَّل في قائمة الانتظار',
  choose: 'التسجيل في هذه الجلسة',
  chosen: 'تم الاختيار',
  formTitle: 'التسجيل: {{title}}',
  givenName: 'الاسم',
  familyName: 'اسم العائلة',
  email: 'البريد الإلكتروني',
  emailHint: 'تُرسَل الدعوة ورابط الاتصال إلى هذا العنوان.',
  phone: 'الهاتف (اختياري)',
  preferredLanguage: 'لغة رسائلنا',
  website: 'اترك هذا الحقل فارغاً',
  consentTitle: 'موافقتك',
  consentText:
    'تحتفظ الجهة المنظّمة لهذه الجلسة باسمك وبريدك الإلكتروني وهاتفك ولغتك للرد على طلبك وتسجيلك في الجلسة والتواصل معك بشأنها. لا يطّلع عليها إلا فريقها. يمكنك في أي وقت أن تطلب منها الاطلاع عليها أو تصحيحها أو حذفها.',
  consent: 'أوافق على استخدام معلوماتي كما هو موضّح أعلاه.',
  submit: 'إرسال طلبي',
  sending: 'جارٍ الإرسال…',
  required: 'املأ هذا الحقل.',
  tooLong: '100 حرف على الأكثر.',
  invalidEmail: 'أدخل عنوان بريد إلكتروني مثل name@example.com.',
  invalidPhone: 'استخدم الأرقام والمسافات و + ( ) - فقط.',
  consentRequired: 'ضع علامة في المربع للموافقة، وإلا لا يمكننا تسجيلك.',
  fixErrors: 'بعض الحقول تحتاج إلى تصحيح.',
  successTitle: 'تم استلام الطلب',
  success:
    'شكراً. أُرسل إشعار بالاستلام إلى {{email}}. سيقرأ الفريق طلبك ويرد عليك بالبريد الإلكتروني؛ إذا قُبل، ستصلك الدعوة مع الموعد ورابط الاتصال. لا يلزمك فعل أي شيء آخر الآن.',
  another: 'التسجيل في جلسة أخرى',
  tooMany: 'طلبات كثيرة من اتصالك. انتظر دقيقة ثم أعد المحاولة.',
  verifyLink: 'التحقق من شهادة',
};
