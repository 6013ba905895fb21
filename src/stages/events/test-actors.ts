import type { TestActor } from './test-doc.js';

/** Actors for the events stage's tests (English and Indonesian surface forms). */
export const TEST_ACTORS: TestActor[] = [
  { id: 'vladimir-putin', name: 'Vladimir Putin', kind: 'person', country: 'RUS', code: 'RUSGOV', names: ['Russian President Vladimir Putin', 'Presiden Rusia Vladimir Putin', 'Vladimir Putin', 'Putin'] },
  { id: 'xi-jinping', name: 'Xi Jinping', kind: 'person', country: 'CHN', code: 'CHNGOV', names: ['Chinese President Xi Jinping', 'Presiden Tiongkok Xi Jinping', 'Xi Jinping', 'Xi'] },
  { id: 'prabowo-subianto', name: 'Prabowo Subianto', kind: 'person', country: 'IDN', code: 'IDNGOV', names: ['Presiden Prabowo Subianto', 'President Prabowo Subianto', 'Prabowo Subianto', 'Prabowo'] },
  { id: 'anthony-albanese', name: 'Anthony Albanese', kind: 'person', country: 'AUS', code: 'AUSGOV', names: ['Perdana Menteri Australia Anthony Albanese', 'Australian Prime Minister Anthony Albanese', 'Anthony Albanese', 'Albanese'] },
  { id: 'sugiono', name: 'Sugiono', kind: 'person', country: 'IDN', code: 'IDNGOV', names: ['Menteri Luar Negeri Sugiono', 'Foreign Minister Sugiono', 'Sugiono'] },
  { id: 'RUS', name: 'Russia', kind: 'country', country: 'RUS', code: 'RUS', names: ['Russia', 'Rusia', 'Moscow', 'the Kremlin', 'Kremlin'], modifiers: ['Russian'] },
  { id: 'CHN', name: 'China', kind: 'country', country: 'CHN', code: 'CHN', names: ['China', 'Tiongkok', 'Beijing'], modifiers: ['Chinese'] },
  { id: 'IDN', name: 'Indonesia', kind: 'country', country: 'IDN', code: 'IDN', names: ['Indonesia', 'Jakarta'], modifiers: ['Indonesian'] },
  { id: 'AUS', name: 'Australia', kind: 'country', country: 'AUS', code: 'AUS', names: ['Australia', 'Canberra'], modifiers: ['Australian'] },
  { id: 'USA', name: 'United States', kind: 'country', country: 'USA', code: 'USA', names: ['the United States', 'United States', 'Amerika Serikat', 'Washington'], modifiers: ['American'] },
  { id: 'sco', name: 'Shanghai Cooperation Organisation', kind: 'organization', country: null, code: 'IGOSCO', names: ['Shanghai Cooperation Organisation'] },
  { id: 'nurlan-yermekbayev', name: 'Nurlan Yermekbayev', kind: 'person', country: 'KAZ', code: 'IGOSCO', names: ['SCO Secretary-General Nurlan Yermekbayev', 'Sekretaris Jenderal SCO Nurlan Yermekbayev', 'Yermekbayev'] },
];
