/* Work run apart in a child process killed past its CPU budget, the
 * children forked by a spawner that has one thread (apart.h says why). */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>

#include "apart.h"

/* How often the caller looks at the child's CPU time, milliseconds. */
enum { TICK_MS = 100 };

struct lr_apart {
	int ctl;		/* to the spawner: one child's socket a message */
	pid_t pid;		/* the spawner */
};

/* The child's answer as it comes in. */
struct buf {
	char *s;
	size_t len, cap;
	int bad;		/* out of memory */
};

/* Send all of s on the socket fd (no SIGPIPE when its peer is gone); 0, or
 * -1. */
static int
send_all(int fd, const void *s, size_t len)
{
	const char *p = s;
	ssize_t w;

	while (len > 0) {
		if ((w = send(fd, p, len, MSG_NOSIGNAL)) < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		p += w;
		len -= (size_t)w;
	}
	return 0;
}

/* Read len bytes from fd into s, waiting for them; 0, or -1 at its end or
 * an error. */
static int
read_all(int fd, void *s, size_t len)
{
	char *p = s;
	ssize_t r;

	while (len > 0) {
		if ((r = read(fd, p, len)) < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return -1;
		p += r;
		len -= (size_t)r;
	}
	return 0;
}

/* Send the descriptor fd over the socket ctl; 0, or -1. */
static int
send_fd(int ctl, int fd)
{
	char byte = 0, cbuf[CMSG_SPACE(sizeof(int))];
	struct iovec iov = { &byte, 1 };
	struct msghdr m = { 0 };
	struct cmsghdr *c;
	ssize_t w;

	memset(cbuf, 0, sizeof(cbuf));
	m.msg_iov = &iov, m.msg_iovlen = 1;
	m.msg_control = cbuf, m.msg_controllen = sizeof(cbuf);
	c = CMSG_FIRSTHDR(&m);
	c->cmsg_level = SOL_SOCKET, c->cmsg_type = SCM_RIGHTS;
	c->cmsg_len = CMSG_LEN(sizeof(int));
	memcpy(CMSG_DATA(c), &fd, sizeof(int));
	while ((w = sendmsg(ctl, &m, MSG_NOSIGNAL)) < 0 && errno == EINTR)
		;
	return w == 1 ? 0 : -1;
}

/* A descriptor received on the socket ctl; -1 at its end, -2 for a
 * message without one. */
static int
recv_fd(int ctl)
{
	char byte, cbuf[CMSG_SPACE(sizeof(int))];
	struct iovec iov = { &byte, 1 };
	struct msghdr m = { 0 };
	struct cmsghdr *c;
	ssize_t r;
	int fd;

	m.msg_iov = &iov, m.msg_iovlen = 1;
	m.msg_control = cbuf, m.msg_controllen = sizeof(cbuf);
	while ((r = recvmsg(ctl, &m, MSG_CMSG_CLOEXEC)) < 0 && errno == EINTR)
		;
	if (r <= 0)
		return -1;
	c = CMSG_FIRSTHDR(&m);
	if (c == NULL || c->cmsg_level != SOL_SOCKET ||
	    c->cmsg_type != SCM_RIGHTS)
		return -2;
	memcpy(&fd, CMSG_DATA(c), sizeof(int));
	return fd;
}

/* This process's CPU time so far, milliseconds. */
static double
own_cpu(void)
{
	struct timespec ts;

	if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts) != 0)
		return -1;
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* The child, on the socket fd: say its pid, take the request, run fn on
 * it, send {"cpu_ms", "answer"} and exit without running exit handlers
 * nor flushing stdio buffers. */
static void __attribute__((noreturn))
child(int fd, lr_apart_fn fn, void *ctx)
{
	pid_t me = getpid();
	size_t len;
	char *req;
	json_t *j;
	char *s;

	if (send_all(fd, &me, sizeof(me)) != 0 ||
	    read_all(fd, &len, sizeof(len)) != 0 ||
	    (req = malloc(len > 0 ? len : 1)) == NULL ||
	    read_all(fd, req, len) != 0)
		_exit(1);
	j = fn(ctx, req, len);
	j = j != NULL ? json_pack("{s:f,s:o}", "cpu_ms", own_cpu(), "answer",
	    j) : NULL;
	s = j != NULL ? json_dumps(j, JSON_COMPACT) : NULL;
	_exit(s != NULL && send_all(fd, s, strlen(s)) == 0 ? 0 : 1);
}

/* SIGCHLD in the spawner: reap its children, so that their CPU time
 * counts in its own children's, and so in the caller's once it has
 * reaped the spawner. */
static void
reap(int sig)
{
	int saved = errno;

	(void)sig;
	while (waitpid(-1, NULL, WNOHANG) > 0)
		;
	errno = saved;
}

/* Be killed when the parent, parent, ends; 0, or -1 when it has. */
static int
die_with(pid_t parent)
{
	return prctl(PR_SET_PDEATHSIG, SIGKILL) == 0 && getppid() == parent ?
	    0 : -1;
}

/* The spawner, on the socket ctl: fork a child for each socket it is
 * sent, and run prep (when not NULL) for each message without one, until
 * ctl ends, reaping them as they exit; then wait for them.  It dies with
 * the caller, and its children with it.  The children take the default
 * SIGINT/SIGTERM/SIGHUP. */
static void __attribute__((noreturn))
spawner(int ctl, lr_apart_fn fn, lr_apart_prep_fn prep, void *ctx)
{
	struct sigaction sa = { 0 };
	pid_t me = getpid();
	int fd, null = open("/dev/null", O_RDWR);

	if (null >= 0) {
		dup2(null, 0);
		dup2(null, 1);
		if (null > 2)
			close(null);
	}
	signal(SIGINT, SIG_DFL);
	signal(SIGTERM, SIG_DFL);
	signal(SIGHUP, SIG_DFL);
	sa.sa_handler = reap;
	sa.sa_flags = SA_RESTART | SA_NOCLDSTOP;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGCHLD, &sa, NULL);
	while ((fd = recv_fd(ctl)) != -1) {
		if (fd == -2 && prep != NULL)
			prep(ctx);
		if (fd < 0)
			continue;
		if (fork() == 0) {
			close(ctl);
			signal(SIGCHLD, SIG_DFL);
			if (die_with(me) != 0)
				_exit(1);
			child(fd, fn, ctx);
		}
		close(fd);	/* a fork that failed: the caller sees its end */
	}
	while (wait(NULL) > 0 || errno == EINTR)
		;
	_exit(0);
}

lr_apart *
lr_apart_start(lr_apart_fn fn, lr_apart_prep_fn prep, void *ctx,
    lr_err *err)
{
	lr_apart *a = malloc(sizeof(*a));
	pid_t me = getpid();
	int sv[2];

	if (a == NULL) {
		lr_err_sys(err, "out of memory");
		return NULL;
	}
	if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) != 0) {
		lr_err_sys(err, "cannot make a socket: %s", strerror(errno));
		free(a);
		return NULL;
	}
	if ((a->pid = fork()) == 0) {
		close(sv[0]);
		if (die_with(me) != 0)
			_exit(1);
		spawner(sv[1], fn, prep, ctx);
	}
	close(sv[1]);
	if (a->pid < 0) {
		lr_err_sys(err, "cannot fork: %s", strerror(errno));
		close(sv[0]);
		free(a);
		return NULL;
	}
	a->ctl = sv[0];
	return a;
}

int
lr_apart_prepare(lr_apart *a)
{
	char byte = 1;
	ssize_t w;

	while ((w = send(a->ctl, &byte, 1, MSG_NOSIGNAL)) < 0 && errno == EINTR)
		;
	return w == 1 ? 0 : -1;
}

void
lr_apart_stop(lr_apart *a)
{
	if (a == NULL)
		return;
	close(a->ctl);
	while (waitpid(a->pid, NULL, 0) < 0 && errno == EINTR)
		;
	free(a);
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

/* Milliseconds of watching with no CPU used before a child is taken for
 * stalled: LR_APART_STALL_MS, or for tests alone LANDREC_TEST_STALL_MS
 * from the environment. */
static long
stall_ms(void)
{
	const char *v = getenv("LANDREC_TEST_STALL_MS");
	long ms = v != NULL ? strtol(v, NULL, 10) : 0;

	return ms > 0 ? ms : LR_APART_STALL_MS;
}

/* The CPU time of process pid so far, milliseconds; -1 when unknown (it
 * has exited). */
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

/* Watch child pid, its answer coming on fd into b, until the answer ends
 * or the child has been killed (past budget_ms of CPU, or stalled: no CPU
 * used in stall_ms() of the watch, counted in ticks, so that a run stopped
 * and continued is not taken for a stall).  end->cpu_ms is the last CPU
 * time seen. */
static void
watch(pid_t pid, int fd, double budget_ms, struct buf *b, lr_apart_end *end)
{
	double cpu;
	long stall = stall_ms();
	int idle = 0;

	for (;;) {
		struct pollfd p = { fd, POLLIN, 0 };

		if (poll(&p, 1, TICK_MS) > 0 && take(fd, b))
			return;
		cpu = cpu_of(pid);
		idle = cpu >= 0 && cpu <= end->cpu_ms ? idle + 1 : 0;
		end->cpu_ms = cpu > end->cpu_ms ? cpu : end->cpu_ms;
		end->killed = budget_ms > 0 && end->cpu_ms > budget_ms;
		end->stalled = idle > stall / TICK_MS;
		if (end->killed || end->stalled) {
			kill(pid, SIGKILL);	/* the spawner reaps it */
			return;
		}
	}
}

/* Hand a child of a the far end of the socket pair s (closed here),
 * say its pid in *pid, and send it the request (len bytes of req) on
 * s[0]; 0, or -1 with err set. */
static int
begin(lr_apart *a, const int s[2], const void *req, size_t len, pid_t *pid,
    lr_err *err)
{
	int sent = send_fd(a->ctl, s[1]);

	close(s[1]);
	if (sent != 0) {
		lr_err_sys(err, "the spawner of child processes is gone");
		return -1;
	}
	if (read_all(s[0], pid, sizeof(*pid)) != 0) {
		lr_err_sys(err, "cannot fork a child process");
		return -1;
	}
	(void)(send_all(s[0], &len, sizeof(len)) == 0 &&
	    send_all(s[0], req, len) == 0);	/* else it died: watched */
	return 0;
}

/* The answer in the child's message s, its CPU time in end->cpu_ms; NULL
 * with err set when there is none (the child died first). */
static json_t *
answer_of(const char *s, lr_apart_end *end, lr_err *err)
{
	json_t *m = json_loads(s != NULL ? s : "", 0, NULL);
	json_t *j = json_incref(json_object_get(m, "answer"));

	if (j == NULL)
		lr_err_set(err, "the child process died before its answer");
	else
		end->cpu_ms = json_number_value(json_object_get(m, "cpu_ms"));
	json_decref(m);
	return j;
}

json_t *
lr_apart_run(lr_apart *a, const void *req, size_t len, double budget_ms,
    lr_apart_end *end, lr_err *err)
{
	struct buf b = { NULL, 0, 0, 0 };
	json_t *j = NULL;
	int s[2];
	pid_t pid;

	*end = (lr_apart_end){ 0, 0, 0 };
	if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, s) != 0) {
		lr_err_sys(err, "cannot make a socket: %s", strerror(errno));
		return NULL;
	}
	if (begin(a, s, req, len, &pid, err) != 0) {
		close(s[0]);
		return NULL;
	}
	fcntl(s[0], F_SETFL, O_NONBLOCK);
	watch(pid, s[0], budget_ms, &b, end);
	close(s[0]);
	if (b.bad)
		lr_err_sys(err, "out of memory");
	else if (end->killed)
		lr_err_set(err, "killed past its CPU time");
	else if (end->stalled)
		lr_err_set(err, "stalled: no CPU time for %g s",
		    stall_ms() / 1000.0);
	else
		j = answer_of(b.s, end, err);
	free(b.s);
	return j;
}
