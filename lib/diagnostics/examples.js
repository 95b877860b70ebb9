/** Example values shown in "add a line `key: …`" hints, shared by every schema. */
const EXAMPLES = {
    title: 'Aplikasi Tanjak',
    dimension: 'smart-governance',
    opd: 'diskominfo',
    city: 'Kota Tanjungpinang',
    period: '{ start: 2019, end: 2023 }',
    start: '2019',
    end: '2023',
    id: 'nama-singkat',
    name: 'Dinas Komunikasi dan Informatika',
    signer: 'Nama Wali Kota',
    role: 'Wali Kota',
    indicator: 'Pengguna aktif bulanan',
    target: '"10.000"',
};
/** An example value for `key`: the file's own examples first, then the shared ones. */
export function exampleOf(key, own) {
    return own?.[key] ?? EXAMPLES[key];
}
