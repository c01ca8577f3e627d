/* Front-end helpers: the progress line on stderr. */
#include <stdio.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

static struct {
	const char *what;
	long total, last;
	int every;		/* forced: a line every N items */
	int tty, active;
	double t0, tprint;
} pg;

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

void
cli_progress_force(int every)
{
	pg.every = every > 0 ? every : 1;
}

void
cli_progress_start(const char *what, long total)
{
	pg.what = what;
	pg.total = total;
	pg.last = 0;
	pg.tty = isatty(STDERR_FILENO) && pg.every == 0;
	pg.active = !cli_quiet() && (pg.tty || pg.every > 0);
	pg.t0 = pg.tprint = now();
}

static void
show(long done, double t)
{
	double rate = t > pg.t0 ? done / (t - pg.t0) : 0;
	long eta;

	fprintf(stderr, "%s%s: %ld", pg.tty ? "\r" : "", cli_prog(), done);
	if (pg.total > 0)
		fprintf(stderr, "/%ld", pg.total);
	fprintf(stderr, " %s, %.1f/s", pg.what, rate);
	if (pg.total > done && rate > 0) {
		eta = (long)((pg.total - done) / rate);
		fprintf(stderr, ", ETA %ld:%02ld", eta / 60, eta % 60);
	}
	fputs(pg.tty ? "\033[K" : "\n", stderr);
	fflush(stderr);
}

void
cli_progress_tick(long done)
{
	double t;

	if (!pg.active)
		return;
	if (!pg.tty) {
		if (done - pg.last >= pg.every) {
			pg.last = done;
			show(done, now());
		}
		return;
	}
	if ((t = now()) - pg.tprint >= 0.25) {
		pg.tprint = t;
		show(done, t);
	}
}

void
cli_progress_end(void)
{
	if (pg.active && pg.tty)
		fputs("\r\033[K", stderr);
	pg.active = 0;
}
