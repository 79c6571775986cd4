/* test-layout.c — nothing drawn over anything else, at the sizes people use
 *
 * Opens every page and detail view at 1000×700, 1280×800 and 360×720 and fails when two
 * visible siblings' allocations overlap or a widget is allocated outside its parent
 * (which is how "Duplicate to Change" came to be drawn over the "Exercises" heading).
 *
 * Containers that overlap their children on purpose are not judged as parents: overlays
 * (a toast, the scrollbars over the content), stacks and leaflets (mid-transition both
 * children are mapped), and scrolled content, which is larger than its viewport by design.
 * Popovers are windows of their own and are skipped.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "stride-application.h"
#include "stride-window.h"
#include "stride-test-ui.h"

static StrideApplication *shared_app;

/* Half a pixel of rounding, and the 1 px that linked buttons share, are not overlaps. */
#define TOLERANCE 1.5

static gboolean
overlaps_children_on_purpose (GtkWidget *parent)
{
  return GTK_IS_OVERLAY (parent) || ADW_IS_TOAST_OVERLAY (parent) || GTK_IS_STACK (parent) ||
         ADW_IS_LEAFLET (parent) || ADW_IS_FLAP (parent) || ADW_IS_VIEW_STACK (parent) ||
         ADW_IS_SQUEEZER (parent) || ADW_IS_CAROUSEL (parent) || GTK_IS_SCROLLED_WINDOW (parent) ||
         GTK_IS_WINDOW (parent);
}

static gboolean
scrolls_its_child (GtkWidget *parent)
{
  return GTK_IS_VIEWPORT (parent) || GTK_IS_SCROLLED_WINDOW (parent) || GTK_IS_SCROLLABLE (parent) ||
         ADW_IS_CAROUSEL (parent) || ADW_IS_LEAFLET (parent) || GTK_IS_STACK (parent) || GTK_IS_WINDOW (parent);
}

/* A control's own parts (a switch's knob, a scrollbar's slider with its negative margins,
 * an entry row's label floating over its text) are the toolkit's business, not the page's. */
static gboolean
is_a_control (GtkWidget *widget)
{
  return GTK_IS_SWITCH (widget) || GTK_IS_RANGE (widget) || GTK_IS_SCROLLBAR (widget) ||
         ADW_IS_ENTRY_ROW (widget) || GTK_IS_SPIN_BUTTON (widget) || GTK_IS_ENTRY (widget) ||
         GTK_IS_TEXT (widget) || GTK_IS_DROP_DOWN (widget);
}

static gboolean
is_judged (GtkWidget *child)
{
  return gtk_widget_get_mapped (child) && !GTK_IS_NATIVE (child) &&
         gtk_widget_get_width (child) > 0 && gtk_widget_get_height (child) > 0;
}

typedef struct
{
  const char *size;
  guint       widgets;
  guint       faults;
} Survey;

static void
report (Survey     *survey,
        const char *view,
        const char *what,
        GtkWidget  *widget,
        GtkWidget  *other)
{
  g_autofree char *first = stride_test_describe_widget (widget);
  g_autofree char *second = other != NULL ? stride_test_describe_widget (other) : NULL;

  survey->faults++;
  g_test_message ("%s, %s: %s: %s%s%s", survey->size, view, what, first,
                  second != NULL ? "  AND  " : "", second != NULL ? second : "");
}

static void
check_inside_parent (GtkWidget  *child,
                     GtkWidget  *parent,
                     const char *view,
                     Survey     *survey)
{
  graphene_rect_t bounds;

  if (scrolls_its_child (parent) || !gtk_widget_compute_bounds (child, parent, &bounds))
    return;
  if (bounds.origin.x < -TOLERANCE || bounds.origin.y < -TOLERANCE ||
      bounds.origin.x + bounds.size.width > gtk_widget_get_width (parent) + TOLERANCE ||
      bounds.origin.y + bounds.size.height > gtk_widget_get_height (parent) + TOLERANCE)
    {
      g_autofree char *what = g_strdup_printf ("allocated outside its parent (%.0f,%.0f %.0f×%.0f in %d×%d)",
                                               bounds.origin.x, bounds.origin.y, bounds.size.width, bounds.size.height,
                                               gtk_widget_get_width (parent), gtk_widget_get_height (parent));

      report (survey, view, what, child, NULL);
    }
}

static void
check_siblings (GtkWidget  *parent,
                const char *view,
                Survey     *survey)
{
  for (GtkWidget *a = gtk_widget_get_first_child (parent); a != NULL; a = gtk_widget_get_next_sibling (a))
    {
      graphene_rect_t ra;

      if (!is_judged (a) || !gtk_widget_compute_bounds (a, parent, &ra))
        continue;
      for (GtkWidget *b = gtk_widget_get_next_sibling (a); b != NULL; b = gtk_widget_get_next_sibling (b))
        {
          graphene_rect_t rb, common;

          if (!is_judged (b) || !gtk_widget_compute_bounds (b, parent, &rb))
            continue;
          if (graphene_rect_intersection (&ra, &rb, &common) &&
              common.size.width > TOLERANCE && common.size.height > TOLERANCE)
            report (survey, view, "overlaps its sibling", a, b);
        }
    }
}

static void
survey_widget (GtkWidget  *widget,
               const char *view,
               Survey     *survey)
{
  survey->widgets++;
  if (is_a_control (widget))
    return;
  if (!overlaps_children_on_purpose (widget))
    check_siblings (widget, view, survey);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (is_judged (child))
      {
        check_inside_parent (child, widget, view, survey);
        survey_widget (child, view, survey);
      }
}

static void
survey_view_cb (GtkWindow  *window,
                const char *view,
                gpointer    data)
{
  Survey *survey = data;
  g_autofree char *shot = g_strdup_printf ("%s %s", survey->size, view);

  stride_test_screenshot (GTK_WIDGET (window), shot);
  survey_widget (GTK_WIDGET (window), view, survey);
}

typedef struct
{
  GtkWidget *window;
  int        width;
  int        height;
} WindowSize;

static gboolean
has_size (gpointer data)
{
  WindowSize *size = data;

  /* The default size counts the window's frame (10 px under Xvfb). */
  return ABS (gtk_widget_get_width (size->window) - size->width) <= 16 &&
         ABS (gtk_widget_get_height (size->window) - size->height) <= 16;
}

static void
test_size (gconstpointer data)
{
  const char *size_name = data;
  StrideWindow *window = stride_window_new (shared_app);
  Survey survey = { size_name, 0, 0 };
  WindowSize size = { GTK_WIDGET (window), 0, 0 };

  g_assert_true (sscanf (size_name, "%dx%d", &size.width, &size.height) == 2);
  gtk_window_set_default_size (GTK_WINDOW (window), size.width, size.height);
  gtk_window_present (GTK_WINDOW (window));
  stride_test_wait_until (stride_test_widget_is_mapped, window);
  stride_test_wait_until (has_size, &size);

  stride_test_visit_views (shared_app, GTK_WINDOW (window), survey_view_cb, &survey);
  g_test_message ("%s: widgets=%u faults=%u", size_name, survey.widgets, survey.faults);
  if (survey.faults > 0)
    g_test_fail_printf ("%u layout faults at %s (listed above)", survey.faults, size_name);
  gtk_window_destroy (GTK_WINDOW (window));
  stride_test_drain_events ();
}

int
main (int   argc,
      char *argv[])
{
  int status;
  g_autofree char *data_dir = stride_test_use_private_data_dir ();

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  shared_app = stride_test_register_app ();

  g_test_add_data_func ("/stride/layout/1000x700", "1000x700", test_size);
  g_test_add_data_func ("/stride/layout/1280x800", "1280x800", test_size);
  g_test_add_data_func ("/stride/layout/360x720", "360x720", test_size);

  status = g_test_run ();
  g_clear_object (&shared_app);
  stride_test_remove_tree (data_dir);
  return status;
}
