/* Images: scans (TIFF, PDF, JPEG, PNG), page measures, cleanup, crops and
 * the import of a scanned document, spreads cut in two.
 * The public face of lib/image/: include this header, never its parts. */
#ifndef LR_IMAGE_H
#define LR_IMAGE_H

#include "scan.h"
#include "measure.h"
#include "clean.h"
#include "crop.h"
#include "import.h"
#include "spread.h"
#include "colour.h"
#include "resolution.h"
#include "photo.h"
#include "pen.h"

#endif
