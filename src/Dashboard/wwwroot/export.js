// The notice is a Word file; the lists and tables are spreadsheets. Offer only the formats the chosen content has,
// so the form cannot ask for a combination the server would refuse.
(function () {
    const kind = document.querySelector('select[name=Kind]');
    const format = document.querySelector('select[name=Format]');
    if (!kind || !format) return;
    function allowed(k) { return k === 'notice' ? ['docx'] : ['xlsx', 'csv']; }
    function sync() {
        const ok = allowed(kind.value);
        Array.from(format.options).forEach(o => { o.disabled = !ok.includes(o.value); });
        if (!ok.includes(format.value)) format.value = ok[0];
    }
    kind.addEventListener('change', sync);
    sync();
})();
