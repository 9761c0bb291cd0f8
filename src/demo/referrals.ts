import type { RequestContext } from '../core/auth/actor.js';
import type { Deps } from '../core/use-case.js';
import type { ConsentSection } from '../modules/people/api.js';
import { addPersonItem } from '../modules/people/use-cases/add-person-item.js';
import { createPerson } from '../modules/people/use-cases/create-person.js';
import type { ReferralKind } from '../modules/referrals/domain/vocabulary.js';
import { createService } from '../modules/referrals/use-cases/create-service.js';
import { moveReferral } from '../modules/referrals/use-cases/move-referral.js';
import { sendReferral } from '../modules/referrals/use-cases/send-referral.js';
import { staffContext } from './staff-context.js';

interface Staff {
  organizationId: string;
  userId: string;
}

type Service = Parameters<ReturnType<typeof createService>>[1];

/** A few services of each program's partner directory (fictional names of real kinds of services). */
const directories: Record<'occitanie' | 'gironde' | 'quebec' | 'stLouis' | 'louisville', Service[]> = {
  occitanie: [
    {
      name: 'Cours de français langue étrangère (A1–B1)',
      providerName: 'Centre social Bagatelle',
      kind: 'language_class',
      area: 'Toulouse',
      address: '9 rue Jean-Baptiste Lulli, Toulouse',
      phone: '05 61 00 00 01',
      languages: ['fr', 'ar', 'prs'],
      notes: 'Cours du soir, deux fois par semaine. Inscription sur rendez-vous.',
      sharedWithConsortium: true,
    },
    {
      name: 'Permanence logement jeunes',
      providerName: 'Comité local pour le logement autonome des jeunes',
      kind: 'housing',
      area: 'Toulouse Métropole',
      email: 'permanence@cllaj.example',
      languages: ['fr', 'en'],
      sharedWithConsortium: true,
    },
    {
      name: 'Point d’accès au droit des étrangers',
      providerName: 'Maison de la justice et du droit',
      kind: 'legal_aid',
      area: 'Montpellier',
      languages: ['fr', 'ar', 'ru'],
      sharedWithConsortium: true,
    },
    {
      name: 'Bilan de santé et ouverture des droits',
      providerName: 'Centre d’examens de santé',
      kind: 'health',
      area: 'Haute-Garonne',
      languages: ['fr'],
      sharedWithConsortium: false,
    },
  ],
  gironde: [
    {
      name: 'Ateliers sociolinguistiques',
      providerName: 'Association Promofemmes',
      kind: 'language_class',
      area: 'Bordeaux',
    },
    {
      name: 'Crèche à vocation d’insertion professionnelle',
      providerName: 'Crèche AVIP Bastide',
      kind: 'childcare',
      area: 'Bordeaux',
    },
  ],
  quebec: [
    {
      name: 'Francisation à temps partiel',
      providerName: 'Centre de services scolaire',
      kind: 'language_class',
      area: 'Montréal',
      languages: ['fr', 'en', 'es'],
    },
    {
      name: 'Clinique d’information juridique',
      providerName: 'Clinique juridique communautaire',
      kind: 'legal_aid',
      area: 'Montréal',
    },
  ],
  stLouis: [
    {
      name: 'ESL evening classes',
      providerName: 'St. Louis Community College',
      kind: 'language_class',
      area: 'St. Louis',
      languages: ['en', 'es', 'ar'],
    },
    {
      name: 'Rental assistance',
      providerName: 'Housing help desk',
      kind: 'housing',
      area: 'St. Louis County',
    },
  ],
  louisville: [
    {
      name: 'Credential evaluation clinic',
      providerName: 'Kentucky Career Center',
      kind: 'employment',
      area: 'Louisville',
    },
    {
      name: 'Childcare subsidy enrolment',
      providerName: 'Community Action',
      kind: 'childcare',
      area: 'Jefferson County',
    },
  ],
};

type Referred = {
  givenName: string;
  familyName: string;
  birthDate: string;
  sex: 'female' | 'male';
  covers: ConsentSection[];
  purpose: ReferralKind;
  message: string;
  answer?: 'accept' | 'decline';
};

/** Young people the partner association refers to the Mission Locale de Toulouse, in every state. */
const referred: Referred[] = [
  {
    givenName: 'Mariam',
    familyName: 'Diallo',
    birthDate: '2006-09-02',
    sex: 'female',
    covers: ['identity', 'plan'],
    purpose: 'youth_guidance',
    message: 'Mariam souhaite une formation dans l’aide à la personne. Disponible les matins.',
  },
  {
    givenName: 'Hamid',
    familyName: 'Rahimi',
    birthDate: '2005-12-19',
    sex: 'male',
    covers: ['identity'],
    purpose: 'youth_guidance',
    message: 'Protection internationale obtenue en mars ; cherche un emploi dans le bâtiment.',
    answer: 'accept',
  },
  {
    givenName: 'Tesfay',
    familyName: 'Gebremariam',
    birthDate: '2004-05-30',
    sex: 'male',
    covers: ['identity'],
    purpose: 'youth_guidance',
    message: 'A déjà un suivi à la Mission Locale de Montpellier, à vérifier.',
    answer: 'decline',
  },
];

/**
 * The referrals of the demo (issue 16): each program's partner directory, and in Occitanie a partner
 * association of the consortium that refers young refugees to the Mission Locale de Toulouse under
 * consents naming it, in the program both take part in (IPR: the young people are not enrolled yet, the
 * referral is how they come to it) — one awaiting an answer, one accepted, one declined (already followed elsewhere) —
 * and Aya Haddad, whose consent names the Mission Locale and who is still to refer (the browser journey
 * does it). The Mission Locale de Montpellier also follows an Aya Haddad born the same day: a possible
 * match across member organizations for the intake. Through the use cases.
 */
export async function loadDemoReferrals(
  deps: Deps,
  cast: {
    association: Staff;
    toulouse: Staff;
    montpellier: Staff;
    /** The Occitanie program the association's referrals are made in. */
    programId: string;
    directories: Record<keyof typeof directories, Staff>;
  },
): Promise<{ referrals: number; services: number }> {
  let services = 0;
  for (const [program, entries] of Object.entries(directories) as [keyof typeof directories, Service[]][]) {
    const ctx = await staffContext(deps, cast.directories[program]);
    for (const entry of entries) {
      await createService(deps)(ctx, entry);
      services += 1;
    }
  }
  const association = await staffContext(deps, cast.association);
  const toulouse = await staffContext(deps, cast.toulouse);
  const montpellier = await staffContext(deps, cast.montpellier);
  const givenOn = deps.clock.now().toISOString().slice(0, 10);
  const consentFor = async (personId: string, covers: ConsentSection[]) =>
    addPersonItem(deps)(association, {
      personId,
      item: {
        kind: 'consent',
        data: {
          purpose: 'sharing_with_partners',
          partnerOrganizationIds: [cast.toulouse.organizationId],
          covers,
          givenOn,
        },
      },
    });
  const register = async (ctx: RequestContext, person: Omit<Referred, 'covers' | 'purpose' | 'message'>) =>
    (
      await createPerson(deps)(ctx, {
        identity: {
          givenName: person.givenName,
          familyName: person.familyName,
          birthDate: person.birthDate,
          sex: person.sex,
          city: 'Toulouse',
          region: 'Occitanie',
          country: 'FR',
          immigrationStatus: 'refugee',
        },
      })
    ).id;
  let referrals = 0;
  for (const person of referred) {
    const personId = await register(association, person);
    await consentFor(personId, person.covers);
    const { id } = await sendReferral(deps)(association, {
      personId,
      receiverOrganizationId: cast.toulouse.organizationId,
      programId: cast.programId,
      purpose: person.purpose,
      sections: person.covers,
      message: person.message,
    });
    referrals += 1;
    if (person.answer === 'accept') await moveReferral(deps)(toulouse, { referralId: id, move: 'accept' });
    if (person.answer === 'decline')
      await moveReferral(deps)(toulouse, {
        referralId: id,
        move: 'decline',
        reason: 'other',
        note: 'Déjà suivi par la Mission Locale de Montpellier : voir avec elle.',
      });
  }
  // Aya, to be referred in the journey; and the Montpellier file of the same young woman.
  const aya = { givenName: 'Aya', familyName: 'Haddad', birthDate: '2007-03-14', sex: 'female' as const };
  const ayaId = await register(association, aya);
  await consentFor(ayaId, ['identity', 'plan']);
  await register(montpellier, aya);
  return { referrals, services };
}
