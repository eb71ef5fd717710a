import type { NewProcedure } from '../procedures/procedures.service.js';

type Ring = [number, number][];
const polygon = (ring: Ring): NewProcedure['area'] => ({ type: 'Polygon', coordinates: [ring] });

/**
 * The demo of a first start: procedures of the city of Essen with plan areas in the real
 * districts (coordinates WGS84, longitude first). Invented plans, real places.
 */
export const ESSEN_DEMO_PROCEDURES: NewProcedure[] = [
  {
    reference: 'BP-12-21',
    topics: ['Verkehr', 'Grün und Freiraum', 'Wohnen', 'Einzelhandel'],
    title: 'Bebauungsplan „Rüttenscheider Stern“',
    type: 'bebauungsplan',
    district: 'Rüttenscheid',
    status: 'published',
    summary:
      'Neuordnung des Platzes am Rüttenscheider Stern: mehr Grün, sichere Radwege und Wohnungen über dem Nahversorger.',
    description:
      'Der Bebauungsplan soll die planungsrechtlichen Voraussetzungen für die Umgestaltung des Rüttenscheider Sterns schaffen. Vorgesehen sind ein begrünter Platz, geschützte Radfahrstreifen an der Rüttenscheider Straße und ein Wohn- und Geschäftshaus mit rund 60 Wohnungen, davon 30 Prozent öffentlich gefördert.\n\nDer Geltungsbereich liegt zwischen Rüttenscheider Straße, Klarastraße und Witteringstraße.',
    area: polygon([
      [7.0005, 51.4325],
      [7.0085, 51.4322],
      [7.0098, 51.4352],
      [7.006, 51.4372],
      [7.001, 51.4365],
      [7.0005, 51.4325],
    ]),
  },
  {
    reference: 'BP-3-24',
    topics: ['Kita und Schule', 'Lärm', 'Grün und Freiraum'],
    title: 'Bebauungsplan „Zeche Carl / Altenessener Straße“',
    type: 'bebauungsplan',
    district: 'Altenessen-Süd',
    status: 'published',
    summary:
      'Ein neues Quartier mit Kita, Wohnungen und einem Park auf früheren Gewerbeflächen an der Zeche Carl.',
    description:
      'Auf den brachliegenden Gewerbeflächen östlich der Altenessener Straße sollen ein gemischtes Quartier mit etwa 250 Wohnungen, eine fünfgruppige Kita und eine öffentliche Grünverbindung zur Zeche Carl entstehen. Der Plan setzt Lärmschutz zur Bahnlinie fest.',
    area: polygon([
      [7.003, 51.48],
      [7.0135, 51.4795],
      [7.015, 51.485],
      [7.009, 51.4875],
      [7.0035, 51.4855],
      [7.003, 51.48],
    ]),
  },
  {
    reference: 'BP-7-25',
    title: 'Bebauungsplan „Ruhrufer Kettwig“',
    type: 'bebauungsplan',
    district: 'Kettwig',
    status: 'published',
    summary:
      'Sicherung des Ruhrufers als Freiraum, ein Fußweg entlang der Ruhr und behutsame Ergänzung der Altstadt.',
    description:
      'Der Plan sichert die Uferzone der Ruhr zwischen Kettwiger Brücke und Mühlengraben als öffentliche Grünfläche, legt einen durchgehenden Uferweg fest und ermöglicht auf zwei Baulücken der Altstadt Wohnhäuser, die sich in Höhe und Dachform einfügen. Teile liegen im festgesetzten Überschwemmungsgebiet.',
    area: polygon([
      [6.944, 51.3615],
      [6.9555, 51.3605],
      [6.958, 51.365],
      [6.951, 51.368],
      [6.945, 51.366],
      [6.944, 51.3615],
    ]),
  },
  {
    reference: 'BP-15-25',
    title: 'Vorhabenbezogener Bebauungsplan „Frohnhauser Markt“',
    type: 'vorhabenbezogener_bebauungsplan',
    district: 'Frohnhausen',
    status: 'published',
    summary: 'Ein Stadtteilzentrum mit Markthalle, Bibliothek und Wohnungen am Frohnhauser Markt.',
    description:
      'Eine Genossenschaft plant am Frohnhauser Markt ein Stadtteilzentrum mit Markthalle im Erdgeschoss, einer Zweigstelle der Stadtbibliothek und 45 Wohnungen. Der Marktplatz bleibt öffentlich und wird entsiegelt.',
    area: polygon([
      [6.967, 51.45],
      [6.977, 51.4495],
      [6.9785, 51.454],
      [6.97, 51.4555],
      [6.9665, 51.4535],
      [6.967, 51.45],
    ]),
  },
  {
    reference: 'FNP-2-26',
    title: '54. Änderung des Flächennutzungsplans „Zollverein Nord“',
    type: 'fnp_aenderung',
    district: 'Stoppenberg / Katernberg',
    status: 'published',
    summary:
      'Darstellung von Flächen für Kultur, Bildung und Grün rund um das Welterbe Zollverein.',
    description:
      'Die Änderung des Flächennutzungsplans stellt zwei Teilflächen nördlich des UNESCO-Welterbes Zollverein künftig als Sonderbaufläche Kultur und Bildung sowie als Grünfläche dar. Die Pufferzone des Welterbes bleibt unberührt.',
    area: {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [7.038, 51.485],
            [7.05, 51.4845],
            [7.052, 51.49],
            [7.042, 51.4915],
            [7.038, 51.485],
          ],
        ],
        [
          [
            [7.0545, 51.487],
            [7.06, 51.4868],
            [7.0605, 51.49],
            [7.055, 51.4905],
            [7.0545, 51.487],
          ],
        ],
      ],
    },
  },
  {
    reference: 'INF-1-26',
    topics: ['Plätze', 'Wege zur Ruhr', 'Grün und Schatten'],
    title: 'Stadtdialog „Ortsmitte Steele“',
    type: 'informal',
    district: 'Steele',
    status: 'published',
    summary:
      'Wie soll die Ortsmitte Steele in zehn Jahren aussehen? Ideen für Plätze, Wege und Grün.',
    description:
      'Im Rahmen von Essen.engagiert sammelt die Stadt Ideen für die Ortsmitte Steele: Aufenthaltsqualität am Kaiser-Otto-Platz, Wege zur Ruhr und Schatten in heißen Sommern. Die Ergebnisse fließen in ein integriertes Handlungskonzept ein.',
    area: polygon([
      [7.074, 51.448],
      [7.084, 51.4478],
      [7.085, 51.4515],
      [7.076, 51.4525],
      [7.074, 51.448],
    ]),
  },
  {
    reference: 'BP-9-19',
    title: 'Bebauungsplan „Gemarkenstraße“',
    type: 'bebauungsplan',
    district: 'Holsterhausen',
    status: 'archived',
    summary:
      'Abgeschlossenes Verfahren: Wohnbebauung an der Gemarkenstraße (rechtskräftig seit 2021).',
    description: 'Der Bebauungsplan ist seit dem 12. März 2021 rechtskräftig.',
    area: polygon([
      [6.986, 51.4415],
      [6.993, 51.441],
      [6.994, 51.4445],
      [6.987, 51.445],
      [6.986, 51.4415],
    ]),
  },
  {
    reference: 'BP-1-27',
    title: 'Bebauungsplan „Bredeney Süd“ (Entwurf)',
    type: 'bebauungsplan',
    district: 'Bredeney',
    status: 'draft',
    summary: 'Interner Entwurf, noch nicht veröffentlicht.',
    description: 'Entwurf des Stadtplanungsamts.',
    area: polygon([
      [6.99, 51.403],
      [6.999, 51.4025],
      [7.0, 51.407],
      [6.991, 51.4075],
      [6.99, 51.403],
    ]),
  },
];
