/* Front-end helpers: diagnostics, exit status, atomic output, signals. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "cli-int.h"
#include "record/record.h"

#define MAXTEMP 16

static const char *prog = "landrec";
static int status;
static int quiet;
/* Temporary files to remove if a signal ends the run. */
static char temps[MAXTEMP][PATH_MAX];
static volatile sig_atomic_t used[MAXTEMP];

static void
remove_temps(void)
{
	for (int i = 0; i < MAXTEMP; i++)
		if (used[i])
			unlink(temps[i]);
}

int
cli_temp_add(const char *path)
{
	for (int i = 0; i < MAXTEMP; i++) {
		if (used[i])
			continue;
		snprintf(temps[i], sizeof(temps[i]), "%s", path);
		used[i] = 1;
		return i;
	}
	cli_fatal("too many output files");
}

const char *
cli_temp_path(int slot)
{
	return temps[slot];
}

void
cli_temp_forget(int slot)
{
	used[slot] = 0;
}

void
cli_temp_remove(int slot)
{
	if (used[slot])
		unlink(temps[slot]);
	used[slot] = 0;
}

static void
on_signal(int sig)
{
	remove_temps();
	signal(sig, SIG_DFL);
	raise(sig);
}

void
cli_init(const char *name)
{
	struct sigaction sa;

	prog = name;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
}

const char *
cli_prog(void)
{
	return prog;
}

static void
vwarn(const char *fmt, va_list ap)
{
	fprintf(stderr, "%s: ", prog);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void
cli_warn(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn(fmt, ap);
	va_end(ap);
}

void
cli_error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn(fmt, ap);
	va_end(ap);
	status = CLI_DATAERR;
}

void
cli_fatal(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn(fmt, ap);
	va_end(ap);
	remove_temps();
	exit(CLI_SYSERR);
}

void
cli_stop(const lr_err *err)
{
	if (err->grade == LR_SYSTEM)
		cli_fatal("%s", err->msg);
	cli_warn("%s", err->msg);
	remove_temps();
	exit(CLI_DATAERR);
}

void
cli_report(const lr_err *err)
{
	if (err->grade == LR_SYSTEM)
		cli_fatal("%s", err->msg);
	cli_error("%s", err->msg);
}

int
cli_status(void)
{
	return status;
}

void
cli_version(void)
{
	printf("%s (landrec) %s\n", prog, LR_VERSION);
	exit(cli_finish());
}

void
cli_usage_error(const char *usage)
{
	fprintf(stderr, "%s", usage);
	exit(CLI_USAGE);
}

int
cli_finish(void)
{
	if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0) {
		fprintf(stderr, "%s: write error on standard output: %s\n", prog,
		    strerror(errno));
		return CLI_SYSERR;
	}
	return status;
}

void
cli_set_quiet(int q)
{
	quiet = q;
}

int
cli_quiet(void)
{
	return quiet;
}

void
cli_note(const char *fmt, ...)
{
	va_list ap;

	if (quiet)
		return;
	va_start(ap, fmt);
	vwarn(fmt, ap);
	va_end(ap);
}

unsigned long long
cli_number(const char *s, const char *opt, const char *usage)
{
	char *end;
	unsigned long long v;

	errno = 0;
	v = strtoull(s, &end, 10);
	if (*s == '\0' || *s == '-' || *end != '\0' || v == 0 || errno != 0) {
		cli_warn("%s: not a positive number: '%s'", opt, s);
		cli_usage_error(usage);
	}
	return v;
}
