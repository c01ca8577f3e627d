/* The clocks of a page's OCR: the thread's CPU time, and wall time. */
#include <time.h>

#include "clock.h"

static double
ms_of(clockid_t id)
{
	struct timespec ts;

	if (clock_gettime(id, &ts) != 0)
		return 0;
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

double
lr_clock_cpu_ms(void)
{
	return ms_of(CLOCK_THREAD_CPUTIME_ID);
}

double
lr_clock_wall_ms(void)
{
	return ms_of(CLOCK_MONOTONIC);
}
