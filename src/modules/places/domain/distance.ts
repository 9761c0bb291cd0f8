/** A point on the globe, in decimal degrees (WGS 84). */
export interface Coordinates {
  latitude: number;
  longitude: number;
}

/** The mean radius of the Earth (IUGG), in kilometres. */
export const earthRadiusKm = 6371.0088;

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/**
 * The great-circle distance between two points in kilometres (spherical Earth: within 0.5 % of the
 * ellipsoid). A straight line, not a route: travel by road is longer. The central angle is taken with
 * atan2 of its sine and cosine (Vincenty's formula on a sphere), exact to the float at every distance:
 * the haversine's asin lost some 5 cm near antipodes, enough to break the triangle inequality.
 */
export function greatCircleKm(a: Coordinates, b: Coordinates): number {
  const latA = radians(a.latitude);
  const latB = radians(b.latitude);
  const dLon = radians(b.longitude - a.longitude);
  const across = Math.cos(latB) * Math.sin(dLon);
  const along = Math.cos(latA) * Math.sin(latB) - Math.sin(latA) * Math.cos(latB) * Math.cos(dLon);
  const cosine = Math.sin(latA) * Math.sin(latB) + Math.cos(latA) * Math.cos(latB) * Math.cos(dLon);
  return earthRadiusKm * Math.atan2(Math.hypot(across, along), cosine);
}
