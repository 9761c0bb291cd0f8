/** Reference data (migration 0039, reference-data/places): read-only, no organization's data. */
export interface PlacesTable {
  country: string;
  code: string;
  name: string;
  /** `foldPlaceName(name)`. */
  search_name: string;
  postal_codes: string[];
  region_code: string;
  region_name: string;
  district_code: string | null;
  district_name: string | null;
  latitude: number;
  longitude: number;
  population: number | null;
  coordinates_estimated: boolean;
  /** The row that stands for its municipality in a search by name (one ZIP code per US city). */
  representative: boolean;
}

declare module '../../../core/db/types.js' {
  interface Database {
    places: PlacesTable;
  }
}
