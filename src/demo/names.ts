/**
 * Common given and family names of the countries the demo programs serve, as people write them and
 * in a usual Latin spelling. Ordinary names only; every combination is fictional.
 */
export interface NamePair {
  original: string;
  latin: string;
}

export interface Origin {
  country: string;
  languages: string[];
  female: NamePair[];
  male: NamePair[];
  family: NamePair[];
}

const same = (...names: string[]): NamePair[] => names.map((n) => ({ original: n, latin: n }));
const pairs = (list: [string, string][]): NamePair[] =>
  list.map(([original, latin]) => ({ original, latin }));

export const origins: Record<string, Origin> = {
  AF: {
    country: 'AF',
    languages: ['prs', 'ps'],
    female: pairs([
      ['فاطمه', 'Fatima'],
      ['مریم', 'Maryam'],
      ['زهرا', 'Zahra'],
      ['شبنم', 'Shabnam'],
      ['نرگس', 'Nargis'],
      ['سحر', 'Sahar'],
    ]),
    male: pairs([
      ['احمد', 'Ahmad'],
      ['محمد', 'Mohammad'],
      ['علی', 'Ali'],
      ['حمید', 'Hamid'],
      ['نوید', 'Navid'],
      ['جاوید', 'Jawid'],
    ]),
    family: pairs([
      ['احمدی', 'Ahmadi'],
      ['رحیمی', 'Rahimi'],
      ['حسینی', 'Hosseini'],
      ['کریمی', 'Karimi'],
      ['نوری', 'Noori'],
      ['صدیقی', 'Sediqi'],
    ]),
  },
  SY: {
    country: 'SY',
    languages: ['ar'],
    female: pairs([
      ['فاطمة', 'Fatima'],
      ['آمنة', 'Amina'],
      ['ريم', 'Reem'],
      ['لينا', 'Lina'],
      ['هبة', 'Hiba'],
      ['رشا', 'Rasha'],
    ]),
    male: pairs([
      ['محمد', 'Mohammed'],
      ['أحمد', 'Ahmad'],
      ['خالد', 'Khaled'],
      ['عمر', 'Omar'],
      ['يوسف', 'Youssef'],
      ['سامر', 'Samer'],
    ]),
    family: pairs([
      ['الأحمد', 'Al-Ahmad'],
      ['الحسن', 'Al-Hassan'],
      ['حداد', 'Haddad'],
      ['الخطيب', 'Al-Khatib'],
      ['شامي', 'Shami'],
      ['يوسف', 'Youssef'],
    ]),
  },
  SD: {
    country: 'SD',
    languages: ['ar'],
    female: pairs([
      ['مريم', 'Mariam'],
      ['أمل', 'Amal'],
      ['سارة', 'Sara'],
      ['نعمات', 'Neimat'],
      ['إخلاص', 'Ikhlas'],
    ]),
    male: pairs([
      ['عثمان', 'Osman'],
      ['آدم', 'Adam'],
      ['إبراهيم', 'Ibrahim'],
      ['عبد الله', 'Abdallah'],
      ['مصطفى', 'Mustafa'],
    ]),
    family: pairs([
      ['عبد الرحمن', 'Abdelrahman'],
      ['محمد', 'Mohamed'],
      ['الطيب', 'Eltayeb'],
      ['عثمان', 'Osman'],
      ['حسن', 'Hassan'],
    ]),
  },
  UA: {
    country: 'UA',
    languages: ['uk', 'ru'],
    female: pairs([
      ['Марія', 'Mariia'],
      ['Олена', 'Olena'],
      ['Анна', 'Anna'],
      ['Ірина', 'Iryna'],
      ['Юлія', 'Yuliia'],
      ['Наталія', 'Nataliia'],
    ]),
    male: pairs([
      ['Олександр', 'Oleksandr'],
      ['Андрій', 'Andrii'],
      ['Дмитро', 'Dmytro'],
      ['Сергій', 'Serhii'],
      ['Максим', 'Maksym'],
    ]),
    family: pairs([
      ['Коваленко', 'Kovalenko'],
      ['Шевченко', 'Shevchenko'],
      ['Бондаренко', 'Bondarenko'],
      ['Мельник', 'Melnyk'],
      ['Ткаченко', 'Tkachenko'],
      ['Кравченко', 'Kravchenko'],
    ]),
  },
  ER: {
    country: 'ER',
    languages: ['ti'],
    female: pairs([
      ['ሰላም', 'Selam'],
      ['ሳባ', 'Saba'],
      ['ሄለን', 'Helen'],
      ['ፅጌ', 'Tsige'],
      ['ሚኪኤላ', 'Mikiela'],
    ]),
    male: pairs([
      ['ዳዊት', 'Dawit'],
      ['ሰለሙን', 'Selemun'],
      ['ዮናስ', 'Yonas'],
      ['ኣማኑኤል', 'Amanuel'],
      ['ሚኪኤል', 'Mikiel'],
    ]),
    family: pairs([
      ['ተኽለ', 'Tekle'],
      ['ገብረሂወት', 'Gebrehiwet'],
      ['ሃይለ', 'Haile'],
      ['ብርሃነ', 'Berhane'],
      ['ተስፋይ', 'Tesfay'],
    ]),
  },
  VE: {
    country: 'VE',
    languages: ['es'],
    female: same('María José', 'Andreína', 'Daniela', 'Valentina', 'Yelitza'),
    male: same('José Luis', 'Carlos', 'Luis Alberto', 'Jesús', 'Daniel'),
    family: same('González', 'Rodríguez', 'Pérez', 'Hernández', 'Martínez', 'Rojas'),
  },
  CD: {
    country: 'CD',
    languages: ['fr', 'ln', 'sw'],
    female: same('Grâce', 'Espérance', 'Christelle', 'Rachel', 'Nadine'),
    male: same('Jean-Pierre', 'Patrick', 'Moïse', 'Trésor', 'Junior'),
    family: same('Mbuyi', 'Kasongo', 'Ilunga', 'Tshibangu', 'Mukendi', 'Kalonji'),
  },
  HT: {
    country: 'HT',
    languages: ['ht', 'fr'],
    female: same('Wideline', 'Fabienne', 'Nadège', 'Roseline', 'Mirlande'),
    male: same('Jimmy', 'Ricardo', 'Wilner', 'Frantz', 'Jean-Robert'),
    family: same('Joseph', 'Pierre', 'Louis', 'Jean-Baptiste', 'Charles', 'Saint-Fleur'),
  },
};
