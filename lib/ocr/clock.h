/* The clocks of a page's OCR.  Deadlines count the calling thread's CPU
 * time, which a loaded machine does not stretch: a page gives up for the
 * work it takes, not for the pages beside it, and reads the same under
 * any load.  Private to lib/ocr. */
#ifndef LR_CLOCK_H
#define LR_CLOCK_H

/* The calling thread's CPU time, milliseconds. */
double lr_clock_cpu_ms(void);

/* Monotonic wall-clock time, milliseconds. */
double lr_clock_wall_ms(void);

#endif
