/** The metric every map bench draws (the pages and the script that writes the cold page's GeoJSON read it from here). */
export const METRIC = 'etwinning.projects';
