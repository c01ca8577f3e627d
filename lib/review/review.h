/* Review: the items a person checks, correction sheets, HTML pages,
 * review pages and progress counts.
 * The public face of lib/review/: include this header, never its parts. */
#ifndef LR_REVIEW_H
#define LR_REVIEW_H

#include "html.h"
#include "items.h"
#include "sheet.h"
#include "revhtml.h"
#include "tally.h"

#endif
