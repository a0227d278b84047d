/** Colours the charts share: the Okabe–Ito palette, distinguishable with the common colour-vision deficiencies. */
export const OKABE_ITO = {
  blue: '#0072B2',
  vermillion: '#D55E00',
  green: '#009E73',
  pink: '#CC79A7',
  orange: '#E69F00',
  sky: '#56B4E9',
} as const;

/** One colour per compared variant (pane 1 to 4), the same on every chart of the compare page. */
export const VARIANT_COLOURS = [OKABE_ITO.blue, OKABE_ITO.vermillion, OKABE_ITO.green, OKABE_ITO.pink] as const;
