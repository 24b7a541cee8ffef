// Keyboard review: j/k move, c/d/f review the current finding, x ticks it. The position survives the reload after
// a review, so the next finding is current again.
(function () {
    // Enter in a note would submit the whole form with its first button (确认所选) and nothing ticked: keep the note instead.
    document.addEventListener('keydown', e => {
        if (e.key === 'Enter' && e.target instanceof HTMLInputElement && /^(note-\d+|bulkNote)$/.test(e.target.name)) e.preventDefault();
    });
    const items = Array.from(document.querySelectorAll('article.finding'));
    if (items.length === 0) return;
    let current = Math.min(parseInt(sessionStorage.getItem('queue-pos') || '0', 10), items.length - 1);
    function show() {
        items.forEach((el, i) => el.classList.toggle('current', i === current));
        items[current].scrollIntoView({ block: 'nearest' });
        sessionStorage.setItem('queue-pos', String(current));
    }
    function press(cls) {
        const button = items[current].querySelector('button.' + cls);
        if (button) button.click();
    }
    document.addEventListener('keydown', e => {
        if ((e.target instanceof HTMLInputElement && e.target.type !== 'checkbox') || e.target instanceof HTMLSelectElement || e.target instanceof HTMLTextAreaElement || e.ctrlKey || e.metaKey || e.altKey) return;
        switch (e.key) {
            case 'j': current = Math.min(current + 1, items.length - 1); show(); break;
            case 'k': current = Math.max(current - 1, 0); show(); break;
            case 'c': press('confirm'); break;
            case 'd': press('dismiss'); break;
            case 'f': press('fixed'); break;
            case 'x': { const box = items[current].querySelector('input[name=ids]'); box.checked = !box.checked; break; }
            default: return;
        }
        e.preventDefault();
    });
    show();
})();
