// The demo's fictional people and the small helpers that build list items (see demoData.ts).
import { newItemId } from '../../domain';

export const person = (name: string, role: string, organisation: string) => ({
  id: newItemId(),
  name,
  role,
  organisation,
});

export const task = (text: string, owner: string, dueDate: string | null, done: boolean) => ({
  id: newItemId(),
  text,
  owner,
  dueDate,
  done,
});

export const item = (text: string) => ({ id: newItemId(), text });

const LINDENAU = 'Stadt Lindenau am Main';
const SANORE = 'Commune de Sanoré';
export const VOGEL = person('Katrin Vogel', 'Klimaschutzmanagerin', LINDENAU);
export const BRENNER = person('Jonas Brenner', 'Ingenieur Energie', 'Stadtwerke Lindenau');
export const MAAS = person('Dr. Henrik Maas', 'Fachbereich Umwelt', LINDENAU);
export const OUEDRAOGO = person('Aminata Ouédraogo', 'Coordinatrice du partenariat', SANORE);
export const KABORE = person('Mariam Kaboré', 'Service de l’environnement', SANORE);
export const ZONGO = person('Boukary Zongo', 'Service technique', SANORE);
export const SAWADOGO = person('Issouf Sawadogo', 'Secrétaire général', SANORE);
