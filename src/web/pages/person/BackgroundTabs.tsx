import type { PersonFileView } from '../../api/people.js';
import { BarriersTab } from './tabs/BarriersTab.js';
import { ConsentTab } from './tabs/ConsentTab.js';
import { EducationTab } from './tabs/EducationTab.js';
import { ExperienceTab } from './tabs/ExperienceTab.js';
import { HouseholdTab } from './tabs/HouseholdTab.js';
import { LanguagesTab } from './tabs/LanguagesTab.js';
import type { BackgroundTab } from './tabs/shared.js';

export { languageName } from './tabs/shared.js';

export function BackgroundTabs({ person, tab }: { person: PersonFileView; tab: BackgroundTab }) {
  switch (tab) {
    case 'languages':
      return <LanguagesTab person={person} />;
    case 'education':
      return <EducationTab person={person} />;
    case 'experience':
      return <ExperienceTab person={person} />;
    case 'barriers':
      return <BarriersTab person={person} />;
    case 'household':
      return <HouseholdTab person={person} />;
    case 'consent':
      return <ConsentTab person={person} />;
  }
}
