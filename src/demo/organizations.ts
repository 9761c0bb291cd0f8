import type { z } from 'zod';
import { deFrench } from '../core/i18n/french-elision.js';
import type { createOrganizationInput } from '../modules/organizations/use-cases/create-organization.js';

type OrganizationInput = z.input<typeof createOrganizationInput>;

/** The organizations of the five programs, as the sources describe them. */
export const demoOrganizations = {
  stLouis: {
    institute: {
      name: 'International Institute of St. Louis',
      shortName: 'IISTL',
      kind: 'immigrant_services_ngo',
      country: 'US',
      timeZone: 'America/Chicago',
      region: 'Missouri',
      city: 'St. Louis',
      defaultLocale: 'en',
      sites: [{ name: 'Main office', city: 'St. Louis' }],
    },
  },
  louisville: {
    immigrantAffairs: {
      name: 'Louisville Metro Office for Immigrant Affairs',
      shortName: 'OIA',
      kind: 'city_office',
      country: 'US',
      timeZone: 'America/New_York',
      region: 'Kentucky',
      city: 'Louisville',
      defaultLocale: 'en',
    },
    workforce: {
      name: 'KentuckianaWorks',
      kind: 'workforce_board',
      country: 'US',
      timeZone: 'America/New_York',
      region: 'Kentucky',
      city: 'Louisville',
      defaultLocale: 'en',
    },
    careerServices: {
      name: 'Jewish Family & Career Services',
      kind: 'immigrant_services_ngo',
      country: 'US',
      timeZone: 'America/New_York',
      region: 'Kentucky',
      city: 'Louisville',
      defaultLocale: 'en',
    },
    lender: {
      name: 'Louisville Community Development Lender',
      kind: 'lender',
      country: 'US',
      timeZone: 'America/New_York',
      region: 'Kentucky',
      city: 'Louisville',
      defaultLocale: 'en',
    },
  },
  occitanie: {
    coordinator: {
      name: 'Association régionale des Missions Locales d’Occitanie',
      shortName: 'ARML Occitanie',
      kind: 'mission_locale',
      country: 'FR',
      timeZone: 'Europe/Paris',
      region: 'Occitanie',
      city: 'Toulouse',
    },
    // A partner association of the consortium: it refers young refugees to the Missions Locales (issue 16).
    association: {
      name: 'Association Solidarité Jeunes Exilés Toulouse',
      shortName: 'ASJET',
      kind: 'immigrant_services_ngo',
      country: 'FR',
      timeZone: 'Europe/Paris',
      region: 'Occitanie',
      city: 'Toulouse',
    },
    members: ['Toulouse', 'Montpellier', 'Perpignan', 'Nîmes', 'Albi'].map(
      (city): OrganizationInput => ({
        name: `Mission Locale ${deFrench(city)}`,
        kind: 'mission_locale',
        country: 'FR',
        timeZone: 'Europe/Paris',
        region: 'Occitanie',
        city,
        sites: [{ name: `Mission Locale ${deFrench(city)} — siège`, city }],
      }),
    ),
  },
  gironde: {
    coordinator: {
      name: 'impulseR Gironde — coordination',
      kind: 'siae',
      country: 'FR',
      timeZone: 'Europe/Paris',
      region: 'Nouvelle-Aquitaine',
      city: 'Bordeaux',
    },
    members: [
      ['Chantier d’insertion Bastide Solidaire', 'Bordeaux'],
      ['Garonne Services Insertion', 'Bègles'],
      ['Médoc Emploi Solidaire', 'Lesparre-Médoc'],
      ['Atelier Bois et Bâti', 'Mérignac'],
      ['Entreprise d’insertion Recyclerie des Graves', 'Gradignan'],
      ['Jardins de l’Entre-deux-Mers', 'Créon'],
      ['Restaurant d’insertion La Table Ouverte', 'Bordeaux'],
      ['Association intermédiaire Libourne Emploi', 'Libourne'],
      ['Entreprise de travail temporaire d’insertion Aquitaine Intérim', 'Pessac'],
      ['Chantier Nature Bassin d’Arcachon', 'La Teste-de-Buch'],
      ['Blanchisserie solidaire des Hauts de Garonne', 'Lormont'],
      ['Mobilité Solidaire Gironde', 'Talence'],
    ].map(
      ([name, city]): OrganizationInput => ({
        name: name!,
        kind: 'siae',
        country: 'FR',
        timeZone: 'Europe/Paris',
        region: 'Nouvelle-Aquitaine',
        city: city!,
      }),
    ),
  },
  quebec: {
    promis: {
      name: 'PROMIS',
      kind: 'immigrant_services_ngo',
      country: 'CA',
      timeZone: 'America/Toronto',
      region: 'Québec',
      city: 'Montréal',
      sites: [{ name: 'PROMIS — Côte-des-Neiges', city: 'Montréal' }],
    },
    others: [
      {
        name: 'Collectif des femmes immigrantes du Québec (CFIQ)',
        kind: 'immigrant_services_ngo',
        country: 'CA',
        timeZone: 'America/Toronto',
        region: 'Québec',
        city: 'Montréal',
      },
      {
        name: 'INICI',
        kind: 'immigrant_services_ngo',
        country: 'CA',
        timeZone: 'America/Toronto',
        region: 'Québec',
        city: 'Montréal',
      },
    ] satisfies OrganizationInput[],
    regionalPartners: [
      ['Bas-Saint-Laurent', 'Rimouski'],
      ['Saguenay–Lac-Saint-Jean', 'Saguenay'],
      ['Abitibi-Témiscamingue', 'Rouyn-Noranda'],
      ['Estrie', 'Sherbrooke'],
    ].map(
      ([region, city]): OrganizationInput => ({
        name: `Partenaire régional en immigration — ${region}`,
        kind: 'regional_partner',
        country: 'CA',
        timeZone: 'America/Toronto',
        region: region!,
        city: city!,
      }),
    ),
  },
} satisfies Record<string, Record<string, OrganizationInput | OrganizationInput[]>>;
