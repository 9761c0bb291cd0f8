/** Shown with every answer that uses the crosswalks (the licences ask for it; reference-data/README.md). */
export const crosswalkAttribution =
  'ESCO classification of the European Commission; ESCO–ROME mapping, France Travail; ESCO–O*NET crosswalk, ESCO Secretariat and USDOL/ETA; O*NET 27.0, USDOL/ETA (CC BY 4.0); NOC 2021, Statistics Canada (Open Government Licence – Canada); NOC–O*NET crosswalk, Brookfield Institute (MIT, not an official crosswalk).';
