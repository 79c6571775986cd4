/* stride-anatomy-page.c — the Anatomy page: the body map and a page per structure
 *
 * The map's regions are the content's structures, so a pack that adds a structure adds a
 * region. The list beside the map names the same structures for screen readers and for
 * anyone who prefers a list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "stride-anatomy-page.h"
#include "stride-body-map.h"
#include "stride-reading.h"
#include "stride-widget-util.h"

/* Below this width the list goes under the map instead of beside it. */
#define SIDE_BY_SIDE_MIN_WIDTH 700
#define CONTROLS_IN_ROW_MIN_WIDTH 440
/* The map's height when the list goes under it, and the least it gets beside the list. */
#define MAP_HEIGHT 430
#define MAP_MIN_HEIGHT 320
/* The clamp around the map and list (stride-anatomy-page.ui). */
#define MAP_LAYOUT_MAX_WIDTH 980
/* The list's width beside the map at most, about its width before it was fixed (longer
 * entries wrap): any wider and the figure shrinks in a 1000 px window. The clamp around
 * it holds nothing back under the map. */
#define LIST_MAX_WIDTH 260
#define LIST_UNCLAMPED 10000

struct _StrideAnatomyPage
{
  StridePage         parent_instance;

  /* Template widgets */
  GtkStack          *stack;
  GtkBox            *map_layout;
  GtkToggleButton   *front_button;
  GtkToggleButton   *back_button;
  GtkToggleButton   *side_button;
  GtkToggleButton   *surface_button;
  GtkToggleButton   *deep_button;
  GtkBox            *map_controls;
  StrideBodyMap     *map;
  GtkStack          *hint_stack;
  AdwClamp          *list_clamp;
  GtkBox            *list_column;
  GtkScrolledWindow *detail_scroller;
  GtkBox            *detail_box;

  /* Owned references */
  StrideContent     *content;
  char              *structure_id;

  /* Borrowed references */

  /* State */
  gboolean           opened_from_list;  /* where focus goes back to */
};

G_DEFINE_FINAL_TYPE (StrideAnatomyPage, stride_anatomy_page, STRIDE_TYPE_PAGE)

static const char *
structure_kind_label (const char *kind)
{
  if (g_strcmp0 (kind, "muscle") == 0)
    return _("Muscle");
  if (g_strcmp0 (kind, "joint") == 0)
    return _("Joint");
  if (g_strcmp0 (kind, "tendon") == 0)
    return _("Tendon");
  if (g_strcmp0 (kind, "fascia") == 0)
    return _("Fascia");
  if (g_strcmp0 (kind, "bone") == 0)
    return _("Bone");
  if (g_strcmp0 (kind, "nerve") == 0)
    return _("Nerve");
  return NULL;
}

static const char *
exercise_kind_label (const char *kind)
{
  if (g_strcmp0 (kind, "stretch") == 0)
    return _("Stretch");
  if (g_strcmp0 (kind, "strength") == 0)
    return _("Strength exercise");
  return NULL;
}

static void
append (StrideAnatomyPage *self,
        GtkWidget         *widget)
{
  if (widget != NULL)
    gtk_box_append (self->detail_box, widget);
}

static GtkWidget *
create_conditions_group (StrideAnatomyPage     *self,
                         const StrideStructure *structure)
{
  GPtrArray *conditions = stride_content_get_items (self->content, STRIDE_KIND_CONDITION);
  GtkWidget *group = NULL;

  for (guint i = 0; i < conditions->len; i++)
    {
      const StrideCondition *condition = g_ptr_array_index (conditions, i);

      if (condition->structures == NULL ||
          !g_strv_contains ((const char * const *) condition->structures, structure->id))
        continue;
      if (group == NULL)
        group = stride_preferences_group_new (_("Conditions"), _("What can go wrong here."));
      stride_reading_add_link (group, "condition", condition->id, condition->name, condition->summary);
    }

  return group;
}

static GtkWidget *
create_exercises_group (StrideAnatomyPage     *self,
                        const StrideStructure *structure)
{
  GPtrArray *exercises = stride_content_get_items (self->content, STRIDE_KIND_EXERCISE);
  GtkWidget *group = NULL;

  for (guint i = 0; i < exercises->len; i++)
    {
      const StrideExercise *exercise = g_ptr_array_index (exercises, i);

      if (exercise->targets == NULL ||
          !g_strv_contains ((const char * const *) exercise->targets, structure->id))
        continue;
      if (group == NULL)
        group = stride_preferences_group_new (_("Exercises"), _("Exercises that work on it."));
      stride_reading_add_link (group, "exercise", exercise->id, exercise->name,
                               exercise_kind_label (exercise->kind));
    }

  return group;
}

static GtkWidget *
create_figure (const StrideStructure *structure)
{
  StrideReadingRegion region = { structure->id, structure->name, structure->shapes };
  g_autofree char *description = g_strdup_printf (_("Body map with the %s highlighted"), structure->name);

  return stride_reading_create_figure (&region, 1, STRIDE_BODY_MAP_MARK_HIGHLIGHT, description);
}

static void
build_structure (StrideAnatomyPage     *self,
                 const StrideStructure *structure)
{
  stride_reading_clear (self->detail_box);

  append (self, stride_reading_create_heading (structure->name, structure_kind_label (structure->kind),
                                               structure->summary));
  append (self, create_figure (structure));
  append (self, stride_reading_create_section (_("Where It Is"), structure->location));
  append (self, stride_reading_create_section (_("What It Does"), structure->action));
  append (self, stride_reading_create_section (_("When You Run"), structure->running));
  append (self, stride_reading_create_section (_("What Goes Wrong"), structure->problems));
  append (self, create_conditions_group (self, structure));
  append (self, create_exercises_group (self, structure));
  append (self, stride_reading_create_sources (structure->sources));
}

static void
scroll_to_top (GtkScrolledWindow *scroller)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scroller);

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
}

static gboolean
focus_is_in (StrideAnatomyPage *self,
             GtkWidget         *ancestor)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && gtk_widget_is_ancestor (focus, ancestor);
}

/* Back where the reader left: the list row they chose, or the map with the structure they
 * came from focused. */
static void
restore_focus (StrideAnatomyPage *self,
               const char        *id)
{
  GtkWidget *list = gtk_widget_get_last_child (GTK_WIDGET (self->list_column));

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  if (self->opened_from_list && GTK_IS_LIST_BOX (list))
    for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
      if (g_strcmp0 (gtk_widget_get_name (row), id) == 0)
        {
          gtk_widget_grab_focus (row);
          return;
        }

  gtk_widget_grab_focus (GTK_WIDGET (self->map));
}

static gboolean
show_structure (StrideAnatomyPage *self,
                const char        *id)
{
  const StrideStructure *structure;

  if (self->content == NULL)
    return FALSE;

  structure = stride_content_find_structure (self->content, id);
  if (structure == NULL)
    return FALSE;

  g_free (self->structure_id);
  self->structure_id = g_strdup (structure->id);
  self->opened_from_list = focus_is_in (self, GTK_WIDGET (self->list_column));

  build_structure (self, structure);
  stride_page_set_title (STRIDE_PAGE (self), structure->name);
  stride_page_set_can_go_back (STRIDE_PAGE (self), TRUE);
  gtk_stack_set_visible_child_name (self->stack, "structure");
  scroll_to_top (self->detail_scroller);
  return TRUE;
}

static void
region_activated_cb (StrideAnatomyPage *self,
                     const char        *id)
{
  show_structure (self, id);
}

static void
view_toggled_cb (StrideAnatomyPage *self)
{
  StrideView view;

  /* A group first turns the old button off: wait for the new one. */
  if (gtk_toggle_button_get_active (self->front_button))
    view = STRIDE_VIEW_FRONT;
  else if (gtk_toggle_button_get_active (self->back_button))
    view = STRIDE_VIEW_BACK;
  else if (gtk_toggle_button_get_active (self->side_button))
    view = STRIDE_VIEW_SIDE;
  else
    return;

  stride_body_map_set_view (self->map, view);
}

static void
map_view_changed_cb (StrideAnatomyPage *self)
{
  GtkToggleButton *buttons[] = { self->front_button, self->back_button, self->side_button };

  gtk_toggle_button_set_active (buttons[stride_body_map_get_view (self->map)], TRUE);
}

static void
layer_toggled_cb (StrideAnatomyPage *self)
{
  if (gtk_toggle_button_get_active (self->deep_button))
    stride_body_map_set_layer (self->map, STRIDE_LAYER_DEEP);
  else if (gtk_toggle_button_get_active (self->surface_button))
    stride_body_map_set_layer (self->map, STRIDE_LAYER_SUPERFICIAL);
}

/* Arrowed onto a region, the keyboard user sees its name where the hint was: the map's
 * tooltip follows only the pointer (the screen reader hears the map's own label). The
 * name is empty while the map does not have the focus. */
static void
show_focus_name_cb (StrideAnatomyPage *self,
                    GParamSpec        *pspec,
                    GtkLabel          *name)
{
  gboolean named = *gtk_label_get_label (name) != '\0';

  gtk_stack_set_visible_child_name (self->hint_stack, named ? "focus-name" : "hint");
}

static void
add_focus_name (StrideAnatomyPage *self)
{
  GtkWidget *name = stride_body_map_create_focus_name (self->map);

  gtk_widget_set_valign (name, GTK_ALIGN_START);
  gtk_stack_add_named (self->hint_stack, name, "focus-name");
  g_signal_connect_object (name, "notify::label", G_CALLBACK (show_focus_name_cb), self, G_CONNECT_SWAPPED);
}

static void
map_layer_changed_cb (StrideAnatomyPage *self)
{
  gboolean deep = stride_body_map_get_layer (self->map) == STRIDE_LAYER_DEEP;

  gtk_toggle_button_set_active (deep ? self->deep_button : self->surface_button, TRUE);
}

static void
load_regions (StrideAnatomyPage *self)
{
  GPtrArray *structures;

  if (self->content == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  structures = stride_content_get_items (self->content, STRIDE_KIND_STRUCTURE);
  for (guint i = 0; i < structures->len; i++)
    {
      const StrideStructure *structure = g_ptr_array_index (structures, i);
      stride_body_map_add_region (self->map, structure->id, structure->name, structure->shapes);
      stride_body_map_set_region_kind (self->map, structure->id, structure->kind);
    }

  gtk_box_append (self->list_column, stride_body_map_create_region_list (self->map));
  gtk_stack_set_visible_child_name (self->stack, structures->len > 0 ? "map" : "empty");
}

static void
stride_anatomy_page_go_back (StridePage *page)
{
  StrideAnatomyPage *self = STRIDE_ANATOMY_PAGE (page);
  g_autofree char *id = g_steal_pointer (&self->structure_id);

  gtk_stack_set_visible_child_name (self->stack, "map");
  stride_page_set_title (page, _("Anatomy"));
  stride_page_set_can_go_back (page, FALSE);
  stride_reading_clear (self->detail_box);
  restore_focus (self, id);
}

static gboolean
stride_anatomy_page_open (StridePage *page,
                          const char *kind,
                          const char *id)
{
  if (!g_str_equal (kind, "structure"))
    return FALSE;

  return show_structure (STRIDE_ANATOMY_PAGE (page), id);
}

/* The page lays out its one child itself (AdwBin's layout manager would not let it see
 * its width): libadwaita 1.2 has no breakpoints, so the map and the list go side by side
 * or one under the other by the page's own width. */
static void
stride_anatomy_page_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  StrideAnatomyPage *self = STRIDE_ANATOMY_PAGE (widget);
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));
  GtkWidget *layout = GTK_WIDGET (self->map_layout);
  int stacked = 0;

  if (child == NULL)
    return;

  gtk_widget_measure (child, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);

  /* Side by side only happens when there is room for it, so the page is as narrow as its
   * stacked layout: the widest column and the layout's margins. */
  if (orientation != GTK_ORIENTATION_HORIZONTAL ||
      gtk_orientable_get_orientation (GTK_ORIENTABLE (layout)) != GTK_ORIENTATION_HORIZONTAL)
    return;

  for (GtkWidget *column = gtk_widget_get_first_child (layout); column != NULL;
       column = gtk_widget_get_next_sibling (column))
    {
      int column_minimum;

      gtk_widget_measure (column, orientation, -1, &column_minimum, NULL, NULL, NULL);
      stacked = MAX (stacked, column_minimum);
    }

  stacked += gtk_widget_get_margin_start (layout) + gtk_widget_get_margin_end (layout);
  *minimum = MIN (*minimum, stacked);
}

/* Beside the list, which is far taller than the window, the map takes the height the
 * page shows rather than the list's: the whole figure, down to the knees, is seen without
 * scrolling. Under the list's column it keeps its own height. */
static gboolean
fit_map_to_height (StrideAnatomyPage *self,
                   int                width,
                   int                height,
                   gboolean           side_by_side)
{
  GtkWidget *map = GTK_WIDGET (self->map);
  GtkWidget *column = gtk_widget_get_parent (map);
  GtkWidget *layout = GTK_WIDGET (self->map_layout);
  int wanted = MAP_HEIGHT;
  int current;

  if (side_by_side)
    {
      int others = gtk_widget_get_margin_top (layout) + gtk_widget_get_margin_bottom (layout);
      /* The others' heights at the column's width (known after the first layout): measured
       * without a width, the colour key and the hint, which wrap, ask the height of their
       * narrowest form, a word a line, and the map stopped far above the page's bottom. */
      int column_width = gtk_widget_get_width (column) > 0 ? gtk_widget_get_width (column) : -1;

      for (GtkWidget *child = gtk_widget_get_first_child (column); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int natural;

          if (child == map || !gtk_widget_get_visible (child))
            continue;
          gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, column_width, NULL, &natural, NULL, NULL);
          others += natural + gtk_box_get_spacing (GTK_BOX (column));
        }
      wanted = MAX (MAP_MIN_HEIGHT, height - others);
    }
  else
    {
      /* Under the controls on a narrow page the figure's width sets its height: no
       * empty band above and below it. */
      int map_width = MIN (width, MAP_LAYOUT_MAX_WIDTH) - gtk_widget_get_margin_start (layout) -
                      gtk_widget_get_margin_end (layout);

      wanted = CLAMP (stride_body_map_height_for_width (self->map, map_width), MAP_MIN_HEIGHT, MAP_HEIGHT);
    }

  /* Only on a change (returns whether there was one). */
  gtk_widget_get_size_request (map, NULL, &current);
  if (current == wanted)
    return FALSE;
  gtk_widget_set_size_request (map, -1, wanted);
  return TRUE;
}

/* Beside the map the list has one width whatever the view and layer: its longest entry's,
 * up to LIST_MAX_WIDTH (longer entries wrap), or what the map's column leaves. When the
 * list took what the map's column did not want, the colour key's width in each view moved
 * it, the view buttons and the figure (a click where Side had been then missed). The
 * clamp around the list holds its natural width to that too, so that nothing gives it
 * more. Under the map it is as wide as the page. */
static gboolean
fit_list_width (StrideAnatomyPage *self,
                int                width,
                gboolean           side_by_side)
{
  GtkWidget *clamp = GTK_WIDGET (self->list_clamp);
  GtkWidget *layout = GTK_WIDGET (self->map_layout);
  int wanted = -1, current, natural, map_column;

  if (side_by_side)
    {
      /* The layout's width once laid out (the clamp around it narrows it by its own
       * rule); before that, a guess. */
      int layout_width = gtk_widget_get_width (layout) > 0
                         ? gtk_widget_get_width (layout)
                         : MIN (width, MAP_LAYOUT_MAX_WIDTH) - gtk_widget_get_margin_start (layout) -
                           gtk_widget_get_margin_end (layout);
      int room = layout_width - gtk_box_get_spacing (self->map_layout);

      gtk_widget_measure (GTK_WIDGET (self->list_column), GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
      gtk_widget_measure (gtk_widget_get_parent (GTK_WIDGET (self->map)), GTK_ORIENTATION_HORIZONTAL, -1,
                          &map_column, NULL, NULL, NULL);
      wanted = MAX (0, MIN (MIN (natural, LIST_MAX_WIDTH), room - map_column));
    }

  /* Only on a change (returns whether there was one). */
  gtk_widget_get_size_request (clamp, &current, NULL);
  if (current == wanted)
    return FALSE;
  gtk_widget_set_size_request (clamp, wanted, -1);
  adw_clamp_set_maximum_size (self->list_clamp, wanted >= 0 ? wanted : LIST_UNCLAMPED);
  adw_clamp_set_tightening_threshold (self->list_clamp, wanted >= 0 ? wanted : LIST_UNCLAMPED);
  return TRUE;
}

static void
stride_anatomy_page_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  StrideAnatomyPage *self = STRIDE_ANATOMY_PAGE (widget);
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));
  GtkOrientation orientation = width >= SIDE_BY_SIDE_MIN_WIDTH ? GTK_ORIENTATION_HORIZONTAL
                                                               : GTK_ORIENTATION_VERTICAL;

  gboolean side_by_side = orientation == GTK_ORIENTATION_HORIZONTAL;

  if (gtk_orientable_get_orientation (GTK_ORIENTABLE (self->map_layout)) != orientation)
    gtk_orientable_set_orientation (GTK_ORIENTABLE (self->map_layout), orientation);

  /* The view and layer switches share a row when it has room for both (before the map is
   * fitted: their height counts). */
  orientation = width >= CONTROLS_IN_ROW_MIN_WIDTH ? GTK_ORIENTATION_HORIZONTAL : GTK_ORIENTATION_VERTICAL;
  if (gtk_orientable_get_orientation (GTK_ORIENTABLE (self->map_controls)) != orientation)
    gtk_orientable_set_orientation (GTK_ORIENTABLE (self->map_controls), orientation);

  fit_list_width (self, width, side_by_side);
  fit_map_to_height (self, width, height, side_by_side);
  if (child == NULL)
    return;
  gtk_widget_allocate (child, width, height, baseline, NULL);

  /* A map's new height asked during this layout is not laid out by itself; and only once
   * laid out do the layout and the map's column know their widths, which the list's width
   * and the key's and the hint's heights depend on. Fit again at those widths and lay out
   * once more if anything changed. */
  if (fit_list_width (self, width, side_by_side) | fit_map_to_height (self, width, height, side_by_side))
    gtk_widget_allocate (child, width, height, baseline, NULL);
}

static void
stride_anatomy_page_dispose (GObject *object)
{
  /* AdwBin unparents the template's one child, the stack. */
  G_OBJECT_CLASS (stride_anatomy_page_parent_class)->dispose (object);
}

static void
stride_anatomy_page_finalize (GObject *object)
{
  StrideAnatomyPage *self = STRIDE_ANATOMY_PAGE (object);

  g_clear_pointer (&self->content, stride_content_unref);
  g_clear_pointer (&self->structure_id, g_free);

  G_OBJECT_CLASS (stride_anatomy_page_parent_class)->finalize (object);
}

/* The context is a construct-only property: it is there once construction is over. */
static void
stride_anatomy_page_constructed (GObject *object)
{
  StrideAnatomyPage *self = STRIDE_ANATOMY_PAGE (object);

  G_OBJECT_CLASS (stride_anatomy_page_parent_class)->constructed (object);

  self->content = stride_content_ref (stride_context_get_content (stride_page_get_context (STRIDE_PAGE (self))));
  load_regions (self);
}

static void
stride_anatomy_page_class_init (StrideAnatomyPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  StridePageClass *page_class = STRIDE_PAGE_CLASS (klass);

  object_class->dispose = stride_anatomy_page_dispose;
  object_class->constructed = stride_anatomy_page_constructed;
  object_class->finalize = stride_anatomy_page_finalize;
  widget_class->measure = stride_anatomy_page_measure;
  widget_class->size_allocate = stride_anatomy_page_size_allocate;
  page_class->go_back = stride_anatomy_page_go_back;
  page_class->open = stride_anatomy_page_open;

  g_type_ensure (STRIDE_TYPE_BODY_MAP);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/stride-anatomy-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StrideAnatomyPage, stack);
  gtk_widget_class_bind_template_child (widget_class, StrideAnatomyPage, map_layout);
  gtk_widget_class_bind_template_child (widget_class, StrideAnatomyPage, front_button);
  gtk_widget_class_bind_template_child (widget_class, StrideAnatomyPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, StrideAnatomyPage, side_button);
  gtk_widget_class_bind_template_child (widget_class, StrideAnatomyPage, surface_button);
  gtk_widget_class_bind_template_child (widget_class, StrideAnatomyPage, deep_button);
  gtk_widget_class_bind_template_child (widget_class, StrideAnatomyPage, map_controls);
  gtk_widget_class_bind_template_child (widget_class, StrideAnatomyPage, map);
  gtk_widget_class_bind_template_child (widget_class, StrideAnatomyPage, hint_stack);
  gtk_widget_class_bind_template_child (widget_class, StrideAnatomyPage, list_clamp);
  gtk_widget_class_bind_template_child (widget_class, StrideAnatomyPage, list_column);
  gtk_widget_class_bind_template_child (widget_class, StrideAnatomyPage, detail_scroller);
  gtk_widget_class_bind_template_child (widget_class, StrideAnatomyPage, detail_box);
  gtk_widget_class_bind_template_callback (widget_class, region_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, view_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, map_view_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, layer_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, map_layer_changed_cb);
}

static void
stride_anatomy_page_init (StrideAnatomyPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_layout_manager (GTK_WIDGET (self), NULL);
  /* What the map's colours mean, under it. */
  gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->map))),
                              stride_body_map_create_legend (self->map), GTK_WIDGET (self->map));
  add_focus_name (self);
}

GtkWidget *
stride_anatomy_page_new (StrideContext *context)
{
  g_return_val_if_fail (STRIDE_IS_CONTEXT (context), NULL);

  return g_object_new (STRIDE_TYPE_ANATOMY_PAGE, "context", context, NULL);
}

const char *
stride_anatomy_page_get_structure (StrideAnatomyPage *self)
{
  g_return_val_if_fail (STRIDE_IS_ANATOMY_PAGE (self), NULL);

  return self->structure_id;
}
