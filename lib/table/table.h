/* Tables: land registers in CSV and XLSX read into sheets of cells, the
 * header found and mapped to fields, rows made into records with every
 * value cleaned and its original kept.
 * The public face of lib/table/: include this header, never its parts. */
#ifndef LR_TABLE_H
#define LR_TABLE_H

#include "tgrid.h"
#include "xlsx.h"
#include "xls.h"
#include "tmap.h"
#include "clean.h"
#include "import.h"
#include "tback.h"

#endif
