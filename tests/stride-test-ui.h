/* stride-test-ui.h — widget helpers the UI tests share (GTK; never linked by core tests)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "stride-application.h"
#include "stride-test-utils.h"

G_BEGIN_DECLS

gboolean           stride_test_widget_is_mapped    (gpointer        widget);
GtkWindow         *stride_test_find_window_of_type (GtkApplication *app,
                                                   GType           type);

StrideApplication *stride_test_register_app (void);

/* A context of the test's own, as the application would make it but without one: the
 * pack in PACK_DIR (NULL: the bundled pack; aborts the test when it does not load), the
 * history and routines in the (test's private) user data directory. */
StrideContext     *stride_test_context_new  (const char *pack_dir);
/* The context of the registered application (stride_test_register_app()). Borrowed. */
StrideContext     *stride_test_app_context  (void);
/* Waits until WIDGET's window has drawn N_FRAMES frames from now, so what a test measures
 * is laid out: a layout pass runs before each frame, and a busy machine may take many
 * main-loop turns to get there. */
void               stride_test_wait_for_frames (GtkWidget *widget,
                                                guint      n_frames);
void               stride_test_screenshot   (GtkWidget  *widget,
                                             const char *name);

/* Every page and detail view a user can reach, opened one after another in WINDOW (a
 * StrideWindow of APP); FUNC is called with a name for each, "conditions: condition
 * femoral_neck_stress_fracture", once it is on screen. */
typedef void (*StrideTestViewFunc) (GtkWindow  *window,
                                    const char *view,
                                    gpointer    data);

void               stride_test_visit_views  (StrideApplication  *app,
                                             GtkWindow          *window,
                                             StrideTestViewFunc  func,
                                             gpointer            data);
char              *stride_test_describe_widget (GtkWidget *widget);

/* Finding widgets. A StrideTestMatch says whether WIDGET is the one looked for. */
typedef gboolean (*StrideTestMatch) (GtkWidget     *widget,
                                     gconstpointer  data);

typedef enum {
  STRIDE_TEST_FIND_ANY,   /* every widget below the root */
  STRIDE_TEST_FIND_SHOWN, /* only what a user can see: no hidden widget, other stack page
                           * or filtered row, nor anything inside one */
  STRIDE_TEST_FIND_MAPPED /* only widgets on screen now */
} StrideTestFind;

GPtrArray         *stride_test_find_all    (GtkWidget       *root,
                                            StrideTestFind   where,
                                            StrideTestMatch  match,
                                            gconstpointer    data);
GtkWidget         *stride_test_find_first  (GtkWidget       *root,
                                            StrideTestFind   where,
                                            StrideTestMatch  match,
                                            gconstpointer    data);
gboolean           stride_test_is_of_type  (GtkWidget       *widget,
                                            gconstpointer    type);
gboolean           stride_test_has_css_class (GtkWidget     *widget,
                                              gconstpointer  css_class);
gboolean           stride_test_is_label_with_text (GtkWidget     *widget,
                                                   gconstpointer  text);
char              *stride_test_use_private_data_dir (void);

/* Return to running asks before it starts (walking pain-free, a clinician's clearance):
 * waits for that question, a dialog with a "start" response, in any language. */
AdwMessageDialog  *stride_test_wait_for_start_question (void);

G_END_DECLS
