/* OCR: the Tesseract engine, the OCR cache, the lexicon of known
 * phrases, lines the layout missed, the cells of tables' columns of
 * figures read again, numeric words read again (each box cut out and read
 * as figures), and the OCR of one page.
 * The public face of lib/ocr/: include this header, never its parts. */
#ifndef LR_OCR_H
#define LR_OCR_H

#include "engine.h"
#include "cache.h"
#include "cells.h"
#include "cutout.h"
#include "digits.h"
#include "lexicon.h"
#include "missed.h"
#include "page.h"

#endif
