/** The six Kominfo smart-city dimensions, in book order, with their default elements. */
export const DIMENSION_IDS = [
    'smart-governance',
    'smart-branding',
    'smart-economy',
    'smart-living',
    'smart-society',
    'smart-environment',
];
const el = (id, idName, en) => ({ id, name: { id: idName, en } });
/** Built-in defaults (domain.md); book.yml `dimensions:` may override titles and elements. */
export const DEFAULT_DIMENSIONS = [
    {
        id: 'smart-governance',
        name: { id: 'Smart Governance', en: 'Smart Governance' },
        colour: '#1F4E79',
        elements: [
            el('pelayanan', 'Pelayanan Publik', 'Public Service'),
            el('birokrasi', 'Manajemen Birokrasi', 'Bureaucracy'),
            el('kebijakan', 'Kebijakan Publik', 'Public Policy'),
        ],
    },
    {
        id: 'smart-branding',
        name: { id: 'Smart Branding', en: 'Smart Branding' },
        colour: '#7B2D8E',
        elements: [
            el('pariwisata', 'Pariwisata', 'Tourism'),
            el('bisnis', 'Bisnis', 'Business'),
            el('wajah-kota', 'Wajah Kota', 'City Appearance'),
        ],
    },
    {
        id: 'smart-economy',
        name: { id: 'Smart Economy', en: 'Smart Economy' },
        colour: '#9A4A06',
        elements: [
            el('industri', 'Industri', 'Industry'),
            el('kesejahteraan', 'Kesejahteraan', 'Welfare'),
            el('transaksi-keuangan', 'Transaksi Keuangan', 'Financial Transaction'),
        ],
    },
    {
        id: 'smart-living',
        name: { id: 'Smart Living', en: 'Smart Living' },
        colour: '#04694D',
        elements: [
            el('tata-ruang', 'Harmonisasi Tata Ruang', 'Harmony'),
            el('kesehatan', 'Kesehatan', 'Health'),
            el('transportasi', 'Transportasi', 'Mobility'),
        ],
    },
    {
        id: 'smart-society',
        name: { id: 'Smart Society', en: 'Smart Society' },
        colour: '#A61B1B',
        elements: [
            el('komunitas', 'Komunitas', 'Community'),
            el('pembelajaran', 'Ekosistem Belajar', 'Learning'),
            el('keamanan', 'Keamanan', 'Security'),
        ],
    },
    {
        id: 'smart-environment',
        name: { id: 'Smart Environment', en: 'Smart Environment' },
        colour: '#3F6212',
        elements: [
            el('proteksi', 'Proteksi Lingkungan', 'Protection'),
            el('sampah-limbah', 'Sampah dan Limbah', 'Waste'),
            el('energi', 'Energi', 'Energy'),
        ],
    },
];
