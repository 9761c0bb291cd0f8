import type { PartialMessages } from './en.js';
import { networkPublicAr } from './network-public.ar.js';
import { frontDoorAr } from './sessions-front-door.ar.js';

/** Arabic: the log-in and password pages, which a person may read before staff screens exist in Arabic. */
export const ar: PartialMessages = {
  app: {
    name: 'Passerelle',
    skipToContent: 'الانتقال إلى المحتوى الرئيسي',
    loading: 'جارٍ التحميل…',
    errorTitle: 'حدث خطأ',
    back: 'رجوع',
  },
  language: {
    label: 'اللغة',
    fr: 'Français',
    en: 'English',
    ar: 'العربية',
  },
  login: {
    title: 'تسجيل الدخول إلى Passerelle',
    intro: 'مساحة عمل الفرق التي ترافق اللاجئين والمهاجرين نحو العمل.',
    email: 'البريد الإلكتروني',
    password: 'كلمة المرور',
    submit: 'تسجيل الدخول',
    forgot: 'نسيت كلمة المرور؟',
    secondFactorTitle: 'الخطوة الثانية: رمز التطبيق',
    secondFactorIntro: 'أدخل الرمز المكوّن من 6 أرقام الظاهر في تطبيق المصادقة.',
    code: 'رمز من 6 أرقام',
    codeInvalid: 'يتكوّن الرمز من 6 أرقام.',
    verify: 'تحقّق',
    setupTitle: 'إعداد تطبيق المصادقة',
    setupIntro:
      'يتطلّب دورك عاملاً ثانياً. أضف هذا الحساب إلى تطبيق مصادقة (امسح رمز QR أو اكتب المفتاح)، ثم أدخل الرمز الذي يظهره.',
    secret: 'المفتاح السري',
    otpauthUri: 'رابط الإعداد (otpauth URI)',
    qrAlt: 'رمز QR للمسح بتطبيق المصادقة',
    confirm: 'تأكيد ومتابعة',
    backToLogin: 'العودة إلى تسجيل الدخول',
  },
  reset: {
    requestTitle: 'إعادة تعيين كلمة المرور',
    requestIntro: 'أدخل البريد الإلكتروني لحسابك. سنرسل إليك رابطاً صالحاً لمرة واحدة.',
    send: 'إرسال الرابط',
    sent: 'إذا كان هناك حساب بهذا العنوان، فقد أُرسل الرابط. تفقّد بريدك.',
    confirmTitle: 'اختر كلمة مرور جديدة',
    newPassword: 'كلمة المرور الجديدة',
    passwordHint:
      '12 حرفاً على الأقل، أيّ أحرف تشاء بما فيها المسافات: جملة من عدة كلمات سهلة التذكّر. تُرفض كلمات المرور الشائعة.',
    repeatPassword: 'أعد كتابة كلمة المرور الجديدة',
    mismatch: 'كلمتا المرور مختلفتان.',
    submit: 'حفظ كلمة المرور الجديدة',
    done: 'تم تغيير كلمة المرور. سجّل الدخول بها.',
    missingToken: 'هذا الرابط غير مكتمل. اطلب رابطاً جديداً.',
  },
  sessions: { frontDoor: frontDoorAr },
  network: { public: networkPublicAr },
};
