/* Work run apart in a child process killed past its CPU budget. */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "apart.h"

/* How often the parent looks at the child's CPU time, milliseconds. */
enum { TICK_MS = 100 };

/* The child's answer as it comes in. */
struct buf {
	char *s;
	size_t len, cap;
	int bad;		/* out of memory */
};

/* Write all of s to fd; 0, or -1. */
static int
write_all(int fd, const char *s, size_t len)
{
	ssize_t w;

	while (len > 0) {
		if ((w = write(fd, s, len)) < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		s += w;
		len -= (size_t)w;
	}
	return 0;
}

/* The child: run fn, send its answer, exit without running the
 * parent's exit handlers nor flushing its stdio buffers. */
static void __attribute__((noreturn))
child(int fd, lr_apart_fn fn, void *arg)
{
	json_t *j;
	char *s;

	signal(SIGINT, SIG_DFL);	/* not the caller's handlers */
	signal(SIGTERM, SIG_DFL);
	signal(SIGHUP, SIG_DFL);
	j = fn(arg);
	s = j != NULL ? json_dumps(j, JSON_COMPACT) : NULL;
	_exit(s != NULL && write_all(fd, s, strlen(s)) == 0 ? 0 : 1);
}

/* Read what fd has now into b; 1 at its end (or a read error), else 0. */
static int
take(int fd, struct buf *b)
{
	char chunk[16384];
	ssize_t r;

	while ((r = read(fd, chunk, sizeof(chunk))) != 0) {
		if (r < 0)
			return errno != EAGAIN && errno != EINTR;
		if (b->len + (size_t)r + 1 > b->cap) {
			size_t cap = (b->len + (size_t)r + 1) * 2;
			char *s = realloc(b->s, cap);

			if (s == NULL) {
				b->bad = 1;
				return 1;
			}
			b->s = s, b->cap = cap;
		}
		memcpy(b->s + b->len, chunk, (size_t)r);
		b->len += (size_t)r;
		b->s[b->len] = '\0';
	}
	return 1;
}

/* The CPU time of process pid so far, milliseconds; -1 when unknown. */
static double
cpu_of(pid_t pid)
{
	clockid_t clk;
	struct timespec ts;

	if (clock_getcpuclockid(pid, &clk) != 0 ||
	    clock_gettime(clk, &ts) != 0)
		return -1;
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* Watch child pid, its answer coming on fd into b, until it exits or has
 * been killed (past budget_ms of CPU, or stalled: no CPU used in
 * LR_APART_STALL_MS of the watch, counted in ticks, so that a run stopped
 * and continued is not taken for a stall); reaped, its status in *status
 * and CPU time in end. */
static void
watch(pid_t pid, int fd, double budget_ms, struct buf *b, int *status,
    lr_apart_end *end)
{
	double seen = 0, cpu;
	struct rusage ru = { 0 };
	int eof = 0, idle = 0;

	for (;;) {
		struct pollfd p = { fd, POLLIN, 0 };

		if (!eof && poll(&p, 1, TICK_MS) > 0)
			eof = take(fd, b);
		else if (eof)
			poll(NULL, 0, TICK_MS);
		if (wait4(pid, status, WNOHANG, &ru) == pid)
			break;
		cpu = cpu_of(pid);
		idle = cpu >= 0 && cpu <= seen ? idle + 1 : 0;
		seen = cpu > seen ? cpu : seen;
		end->killed = budget_ms > 0 && seen > budget_ms;
		end->stalled = idle > LR_APART_STALL_MS / TICK_MS;
		if (end->killed || end->stalled) {
			kill(pid, SIGKILL);
			while (wait4(pid, status, 0, &ru) < 0 && errno == EINTR)
				;
			break;
		}
	}
	if (!eof)
		take(fd, b);	/* what it wrote before it exited */
	end->cpu_ms = (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e3 +
	    (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e3;
}

json_t *
lr_apart_run(lr_apart_fn fn, void *arg, double budget_ms, lr_apart_end *end,
    lr_err *err)
{
	struct buf b = { NULL, 0, 0, 0 };
	json_t *j = NULL;
	int fds[2], status = 0;
	pid_t pid;

	*end = (lr_apart_end){ 0, 0, 0 };
	if (pipe2(fds, O_CLOEXEC) != 0) {
		lr_err_sys(err, "cannot make a pipe: %s", strerror(errno));
		return NULL;
	}
	if ((pid = fork()) == 0) {
		close(fds[0]);
		child(fds[1], fn, arg);
	}
	close(fds[1]);
	if (pid < 0) {
		lr_err_sys(err, "cannot fork: %s", strerror(errno));
		close(fds[0]);
		return NULL;
	}
	fcntl(fds[0], F_SETFL, O_NONBLOCK);
	watch(pid, fds[0], budget_ms, &b, &status, end);
	close(fds[0]);
	if (b.bad)
		lr_err_sys(err, "out of memory");
	else if (end->killed)
		lr_err_set(err, "killed past its CPU time");
	else if (end->stalled)
		lr_err_set(err, "stalled: no CPU time for %d s",
		    LR_APART_STALL_MS / 1000);
	else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
		lr_err_set(err, "the child process died (%s %d)",
		    WIFSIGNALED(status) ? "signal" : "status",
		    WIFSIGNALED(status) ? WTERMSIG(status) :
		    WEXITSTATUS(status));
	else if ((j = json_loads(b.s != NULL ? b.s : "", 0, NULL)) == NULL)
		lr_err_sys(err, "the child process sent no answer");
	free(b.s);
	return j;
}
