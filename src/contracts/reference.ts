import { z } from 'zod';
import {
  equivalenceCountries,
  equivalenceRelations,
} from '../modules/reference/domain/occupation-equivalence.js';
import { classificationSchemes, crosswalkRelations } from '../modules/reference/domain/occupation-graph.js';
import { occupationLanguages } from '../modules/reference/domain/occupation-languages.js';
import { occupationSchemes, titleLanguages } from '../modules/reference/domain/occupation-titles.js';
import { defineRoute } from './define.js';
import { plainText } from './primitives.js';

export const searchOccupationsRoute = defineRoute({
  operationId: 'searchOccupations',
  method: 'GET',
  path: '/api/reference/occupations',
  policy: 'session',
  summary: 'ESCO occupations whose labels in the language resemble the text (typo- and accent-tolerant)',
  tags: ['reference'],
  query: z.object({
    q: plainText().trim().min(2).max(100),
    lang: z.enum(occupationLanguages).default('fr'),
    limit: z.coerce.number().int().min(1).max(50).default(15),
  }),
  response: z.object({
    items: z.array(
      z.object({
        escoId: z.string(),
        label: z.string(),
        matchedLabel: z.string(),
        isco08Code: z.string(),
        regulatedEu: z.boolean(),
        score: z.number(),
      }),
    ),
    attribution: z.string(),
  }),
});

export const languageScalesRoute = defineRoute({
  operationId: 'languageScales',
  method: 'GET',
  path: '/api/reference/language-scales',
  policy: 'session',
  summary: 'CEFR levels, CLB/NCLC levels and the language tests that certify them',
  tags: ['reference'],
  response: z.object({
    cefr: z.array(
      z.object({ level: z.string(), band: z.string(), name: z.string(), descriptor: z.string() }),
    ),
    clb: z.array(
      z.object({ level: z.number().int(), stage: z.string(), stageName: z.string(), benchmark: z.string() }),
    ),
    tests: z.array(z.string()),
    equivalency: z.array(
      z.object({
        test: z.string(),
        validity: z.string(),
        level: z.number().int(),
        skill: z.string(),
        score: z.string(),
      }),
    ),
    attribution: z.string(),
  }),
});

export const occupationEquivalentsRoute = defineRoute({
  operationId: 'occupationEquivalents',
  method: 'GET',
  path: '/api/reference/occupations/:escoId/equivalents',
  policy: 'session',
  summary:
    'An ESCO occupation and its codes in ROME (France), O*NET-SOC (United States) and NOC 2021 (Canada), with each relation and title',
  tags: ['reference'],
  params: z.object({ escoId: z.string().trim().min(1).max(300) }),
  query: z.object({ lang: z.enum(occupationLanguages).default('en') }),
  response: z.object({
    escoId: z.string(),
    label: z.string(),
    iscoCode: z.string(),
    regulatedEu: z.boolean(),
    equivalents: z.array(
      z.object({
        scheme: z.enum(classificationSchemes),
        code: z.string(),
        relation: z.enum(crosswalkRelations),
        title: z.string().nullable(),
        regulated: z.boolean().nullable(),
      }),
    ),
    attribution: z.string(),
  }),
});

const occupationRef = { scheme: z.enum(occupationSchemes), code: z.string() };

export const searchOccupationTitlesRoute = defineRoute({
  operationId: 'searchOccupationTitles',
  method: 'GET',
  path: '/api/reference/occupation-titles',
  policy: 'session',
  summary:
    'Occupations of ESCO, ROME (France), O*NET-SOC (United States) and NOC 2021 (Canada) whose titles in any language (or one) match the text: whole title, beginning, a word, then a typo',
  tags: ['reference'],
  query: z.object({
    q: plainText().trim().min(2).max(100),
    lang: z.enum(titleLanguages).optional(),
    scheme: z.enum(occupationSchemes).optional(),
    locale: z.enum(titleLanguages).default('en'),
    limit: z.coerce.number().int().min(1).max(50).default(15),
  }),
  response: z.object({
    items: z.array(
      z.object({
        ...occupationRef,
        matchedLabel: z.string(),
        matchedLang: z.enum(titleLanguages),
        title: z.string().nullable(),
        regulated: z.boolean().nullable(),
        esco: z.array(
          z.object({
            escoId: z.string(),
            title: z.string().nullable(),
            relation: z.enum(crosswalkRelations),
          }),
        ),
        score: z.number(),
      }),
    ),
    attribution: z.string(),
  }),
});

export const occupationEquivalentsInRoute = defineRoute({
  operationId: 'occupationEquivalentsIn',
  method: 'GET',
  path: '/api/reference/occupation-equivalents',
  policy: 'session',
  summary:
    "An occupation of any classification and its equivalents in the classification of the country where the person lives now (the organization's by default), through ESCO, with each relation, title and regulation where the data knows it",
  tags: ['reference'],
  query: z.object({
    scheme: z.enum(occupationSchemes),
    code: plainText().trim().min(1).max(100),
    country: z.enum(equivalenceCountries).optional(),
    lang: z.enum(titleLanguages).default('en'),
  }),
  response: z.object({
    source: z.object({
      ...occupationRef,
      title: z.string().nullable(),
      regulated: z.boolean().nullable(),
      iscoCodes: z.array(z.string()),
    }),
    country: z.enum(equivalenceCountries),
    scheme: z.enum(classificationSchemes),
    equivalents: z.array(
      z.object({
        scheme: z.enum(classificationSchemes),
        code: z.string(),
        title: z.string().nullable(),
        relation: z.enum(equivalenceRelations),
        regulated: z.boolean().nullable(),
        through: z.array(
          z.object({
            escoId: z.string(),
            title: z.string().nullable(),
            iscoCode: z.string().nullable(),
            regulatedEu: z.boolean().nullable(),
          }),
        ),
      }),
    ),
    attribution: z.string(),
  }),
});
