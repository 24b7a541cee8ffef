// Live progress: poll the small JSON endpoint while a run is going; reload once when a new run appears or one ends.
(function () {
    const names = { Running: '进行中', Completed: '已完成', Failed: '失败', Cancelled: '已取消' };
    const started = Date.now();
    async function poll() {
        const response = await fetch('/Sweeps?handler=Progress', { headers: { Accept: 'application/json' } });
        if (!response.ok) return;
        const runs = await response.json();
        let reload = false;
        for (const run of runs) {
            const row = document.querySelector(`#runs tr[data-id="${run.id}"]`);
            if (!row) { reload = true; continue; }
            const state = row.querySelector('.state');
            if (state.dataset.state === 'Running' && run.state !== 'Running') reload = true;
            state.dataset.state = run.state;
            state.textContent = names[run.state] || run.state;
            row.querySelector('.progress progress').max = Math.max(1, run.accountsTotal);
            row.querySelector('.progress progress').value = run.accountsDone;
            row.querySelector('.progress span').textContent = `${run.accountsDone}/${run.accountsTotal}`;
            row.querySelector('.failed').textContent = run.accountsFailed;
            row.querySelector('.posts').textContent = run.newPosts;
            row.querySelector('.findings').textContent = run.newFindings;
        }
        if (reload) { location.replace('/Sweeps'); return; }
        // Keep polling while something runs, and for a while after 立即巡检 (the run row may not exist yet).
        if (runs.some(r => r.state === 'Running') || Date.now() - started < 15000) setTimeout(poll, 1000);
    }
    setTimeout(poll, 1000);
})();
