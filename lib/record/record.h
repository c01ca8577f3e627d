/* Records: the record stream (JSON Lines), field paths into a record
 * and the OCR words a record carries.
 * The public face of lib/record/: include this header, never its parts. */
#ifndef LR_RECORD_H
#define LR_RECORD_H

#include "stream.h"
#include "fieldpath.h"
#include "words.h"

#endif
