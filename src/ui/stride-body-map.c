/* stride-body-map.c — a drawn map of the pelvis and thighs with named regions
 *
 * Everything is drawn with cairo in the 100 × 100 box of docs/content-schema.md, scaled
 * to fit the widget: first the atlas (skin, bones, landmarks: stride-body-atlas.c), then
 * the regions of the current view and layer. Shapes are polygons in the content; they are
 * drawn, and hit-tested, as smooth closed curves through their points (muscles have no
 * corners). A muscle is drawn as a muscle: its belly filled, and fibre lines inside it from
 * its origin to its insertion, so that a fan (gluteus medius) reads differently from a
 * strap (sartorius) or a sheet running down and out (gluteus maximus).
 *
 * This file holds the object, its state and its public API; the other parts are named in
 * stride-body-map-private.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "stride-body-map-private.h"

G_DEFINE_FINAL_TYPE (StrideBodyMap, stride_body_map, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_VIEW,
  PROP_LAYER,
  PROP_SELECTION_MODE,
  PROP_SELECTED,
  PROP_FOCUS_REGION,
  PROP_HOVER_REGION,
  PROP_FIT_TO_WIDTH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  REGION_ACTIVATED,
  REGIONS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

GType
stride_body_map_selection_mode_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { STRIDE_BODY_MAP_SELECTION_NONE, "STRIDE_BODY_MAP_SELECTION_NONE", "none" },
        { STRIDE_BODY_MAP_SELECTION_SINGLE, "STRIDE_BODY_MAP_SELECTION_SINGLE", "single" },
        { STRIDE_BODY_MAP_SELECTION_MULTIPLE, "STRIDE_BODY_MAP_SELECTION_MULTIPLE", "multiple" },
        { 0, NULL, NULL },
      };
      GType type = g_enum_register_static (g_intern_static_string ("StrideBodyMapSelectionMode"), values);
      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

GType
stride_body_map_view_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { STRIDE_VIEW_FRONT, "STRIDE_VIEW_FRONT", "front" },
        { STRIDE_VIEW_BACK, "STRIDE_VIEW_BACK", "back" },
        { STRIDE_VIEW_SIDE, "STRIDE_VIEW_SIDE", "side" },
        { 0, NULL, NULL },
      };
      GType type = g_enum_register_static (g_intern_static_string ("StrideBodyMapView"), values);
      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

GType
stride_body_map_layer_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { STRIDE_LAYER_SUPERFICIAL, "STRIDE_LAYER_SUPERFICIAL", "superficial" },
        { STRIDE_LAYER_DEEP, "STRIDE_LAYER_DEEP", "deep" },
        { 0, NULL, NULL },
      };
      GType type = g_enum_register_static (g_intern_static_string ("StrideBodyMapLayer"), values);
      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

static void
stride_body_map_css_changed (GtkWidget         *widget,
                             GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (stride_body_map_parent_class)->css_changed (widget, change);
  gtk_widget_queue_draw (widget);
}

/* State changes */

static const char *
view_title (StrideBodyMap *self)
{
  gboolean deep = self->layer == STRIDE_LAYER_DEEP;

  switch (self->view)
    {
    case STRIDE_VIEW_BACK:
      return deep ? _("Body map, back view, deep layer") : _("Body map, back view, surface layer");
    case STRIDE_VIEW_SIDE:
      return deep ? _("Body map, side view, deep layer") : _("Body map, side view, surface layer");
    case STRIDE_VIEW_FRONT:
    default:
      return deep ? _("Body map, front view, deep layer") : _("Body map, front view, surface layer");
    }
}

void
_stride_body_map_update_accessible_label (StrideBodyMap *self)
{
  const char *view = view_title (self);
  g_autofree char *label = NULL;
  g_autofree char *landmarks = _stride_body_map_landmark_list (self);
  /* Translators: the bony landmarks drawn on the body map, e.g. "Landmarks: Iliac crest, Sacrum" */
  g_autofree char *description = g_strdup_printf (_("Landmarks: %s"), landmarks);

  if (self->focus != NULL)
    label = g_strdup_printf ("%s: %s", view, self->focus->name);
  else
    label = g_strdup (view);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
view_or_layer_changed (StrideBodyMap *self)
{
  _stride_body_map_set_hover (self, NULL);
  if (self->focus != NULL && !_stride_body_map_region_shown (self->focus, self->view, self->layer))
    _stride_body_map_set_focus (self, gtk_widget_has_focus (GTK_WIDGET (self)) ? _stride_body_map_next_in_order (self, 1) : NULL);
  _stride_body_map_update_accessible_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
_stride_body_map_set_focus (StrideBodyMap *self,
                            Region        *region)
{
  if (self->focus == region)
    return;

  self->focus = region;
  _stride_body_map_update_accessible_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOCUS_REGION]);
}

void
_stride_body_map_set_hover (StrideBodyMap *self,
                            Region        *region)
{
  if (self->hover == region)
    return;

  self->hover = region;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), region != NULL ? "pointer" : NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HOVER_REGION]);
}

Region *
_stride_body_map_find_region (StrideBodyMap *self,
                              const char    *id)
{
  return id != NULL ? g_hash_table_lookup (self->region_by_id, id) : NULL;
}

static gboolean
set_region_selected (StrideBodyMap *self,
                     Region        *region,
                     gboolean       selected)
{
  selected = !!selected;
  if (region->selected == selected)
    return FALSE;

  region->selected = selected;
  return TRUE;
}

static gboolean
clear_selection (StrideBodyMap *self,
                 Region        *except)
{
  gboolean changed = FALSE;

  for (guint i = 0; i < self->regions->len; i++)
    {
      Region *region = g_ptr_array_index (self->regions, i);
      if (region != except)
        changed |= set_region_selected (self, region, FALSE);
    }

  return changed;
}

static void
selection_changed (StrideBodyMap *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

/* GObject */

static void
stride_body_map_finalize (GObject *object)
{
  StrideBodyMap *self = STRIDE_BODY_MAP (object);

  self->focus = NULL;
  self->hover = NULL;
  g_clear_pointer (&self->region_by_id, g_hash_table_unref);
  g_clear_pointer (&self->regions, g_ptr_array_unref);
  g_clear_pointer (&self->backdrop, g_ptr_array_unref);

  G_OBJECT_CLASS (stride_body_map_parent_class)->finalize (object);
}

static void
stride_body_map_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  StrideBodyMap *self = STRIDE_BODY_MAP (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      g_value_set_enum (value, self->view);
      break;
    case PROP_LAYER:
      g_value_set_enum (value, self->layer);
      break;
    case PROP_SELECTION_MODE:
      g_value_set_enum (value, self->selection_mode);
      break;
    case PROP_SELECTED:
      g_value_take_boxed (value, stride_body_map_dup_selected (self));
      break;
    case PROP_FOCUS_REGION:
      g_value_set_string (value, stride_body_map_get_focus_region (self));
      break;
    case PROP_HOVER_REGION:
      g_value_set_string (value, stride_body_map_get_hover_region (self));
      break;
    case PROP_FIT_TO_WIDTH:
      g_value_set_boolean (value, self->fit_to_width);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_body_map_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  StrideBodyMap *self = STRIDE_BODY_MAP (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      stride_body_map_set_view (self, g_value_get_enum (value));
      break;
    case PROP_LAYER:
      stride_body_map_set_layer (self, g_value_get_enum (value));
      break;
    case PROP_SELECTION_MODE:
      stride_body_map_set_selection_mode (self, g_value_get_enum (value));
      break;
    case PROP_SELECTED:
      stride_body_map_set_selected (self, g_value_get_boxed (value));
      break;
    case PROP_FOCUS_REGION:
      stride_body_map_set_focus_region (self, g_value_get_string (value));
      break;
    case PROP_FIT_TO_WIDTH:
      stride_body_map_set_fit_to_width (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_move_binding (GtkWidgetClass   *widget_class,
                  guint             key,
                  guint             keypad_key,
                  GtkDirectionType  direction)
{
  gtk_widget_class_add_binding_action (widget_class, key, 0, "body-map.move-focus", "i", direction);
  gtk_widget_class_add_binding_action (widget_class, keypad_key, 0, "body-map.move-focus", "i", direction);
}

static void
stride_body_map_class_init (StrideBodyMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = stride_body_map_finalize;
  object_class->get_property = stride_body_map_get_property;
  object_class->set_property = stride_body_map_set_property;

  widget_class->snapshot = _stride_body_map_snapshot;
  widget_class->measure = _stride_body_map_measure;
  widget_class->get_request_mode = _stride_body_map_get_request_mode;
  widget_class->css_changed = stride_body_map_css_changed;
  widget_class->focus = _stride_body_map_focus;
  widget_class->query_tooltip = _stride_body_map_query_tooltip;

  properties[PROP_VIEW] =
    g_param_spec_enum ("view", NULL, NULL, STRIDE_TYPE_BODY_MAP_VIEW, STRIDE_VIEW_FRONT,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_LAYER] =
    g_param_spec_enum ("layer", NULL, NULL, STRIDE_TYPE_BODY_MAP_LAYER, STRIDE_LAYER_SUPERFICIAL,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SELECTION_MODE] =
    g_param_spec_enum ("selection-mode", NULL, NULL, STRIDE_TYPE_BODY_MAP_SELECTION_MODE,
                       STRIDE_BODY_MAP_SELECTION_NONE,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SELECTED] =
    g_param_spec_boxed ("selected", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_FOCUS_REGION] =
    g_param_spec_string ("focus-region", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_HOVER_REGION] =
    g_param_spec_string ("hover-region", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_FIT_TO_WIDTH] =
    g_param_spec_boolean ("fit-to-width", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[REGION_ACTIVATED] =
    g_signal_new ("region-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /* For the region list: the regions were added, replaced or removed. */
  signals[REGIONS_CHANGED] =
    g_signal_new ("regions-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "body-map.move-focus", "i", _stride_body_map_move_focus_action);
  gtk_widget_class_install_action (widget_class, "body-map.activate-focus", NULL, _stride_body_map_activate_focus_action);

  add_move_binding (widget_class, GDK_KEY_Left, GDK_KEY_KP_Left, GTK_DIR_LEFT);
  add_move_binding (widget_class, GDK_KEY_Right, GDK_KEY_KP_Right, GTK_DIR_RIGHT);
  add_move_binding (widget_class, GDK_KEY_Up, GDK_KEY_KP_Up, GTK_DIR_UP);
  add_move_binding (widget_class, GDK_KEY_Down, GDK_KEY_KP_Down, GTK_DIR_DOWN);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "body-map.activate-focus", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "body-map.activate-focus", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_ISO_Enter, 0, "body-map.activate-focus", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "body-map.activate-focus", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Space, 0, "body-map.activate-focus", NULL);

  gtk_widget_class_set_css_name (widget_class, "stridebodymap");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
stride_body_map_init (StrideBodyMap *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  self->regions = g_ptr_array_new_with_free_func (_stride_body_map_region_free);
  self->region_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->backdrop = g_ptr_array_new_with_free_func (_stride_body_map_region_free);
  self->view = STRIDE_VIEW_FRONT;
  self->layer = STRIDE_LAYER_SUPERFICIAL;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);

  g_signal_connect (motion, "enter", G_CALLBACK (_stride_body_map_motion_cb), self);
  g_signal_connect (motion, "motion", G_CALLBACK (_stride_body_map_motion_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (_stride_body_map_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  g_signal_connect (click, "released", G_CALLBACK (_stride_body_map_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  g_signal_connect_swapped (focus, "enter", G_CALLBACK (_stride_body_map_focus_changed_cb), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (_stride_body_map_focus_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);

  _stride_body_map_update_accessible_label (self);
}

/* Public API */

GtkWidget *
stride_body_map_new (void)
{
  return g_object_new (STRIDE_TYPE_BODY_MAP, NULL);
}

StrideView
stride_body_map_get_view (StrideBodyMap *self)
{
  g_return_val_if_fail (STRIDE_IS_BODY_MAP (self), STRIDE_VIEW_FRONT);

  return self->view;
}

void
stride_body_map_set_view (StrideBodyMap *self,
                          StrideView     view)
{
  g_return_if_fail (STRIDE_IS_BODY_MAP (self));
  g_return_if_fail (view == STRIDE_VIEW_FRONT || view == STRIDE_VIEW_BACK || view == STRIDE_VIEW_SIDE);

  if (self->view == view)
    return;

  self->view = view;
  view_or_layer_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW]);
}

StrideLayer
stride_body_map_get_layer (StrideBodyMap *self)
{
  g_return_val_if_fail (STRIDE_IS_BODY_MAP (self), STRIDE_LAYER_SUPERFICIAL);

  return self->layer;
}

void
stride_body_map_set_layer (StrideBodyMap *self,
                           StrideLayer    layer)
{
  g_return_if_fail (STRIDE_IS_BODY_MAP (self));
  g_return_if_fail (layer == STRIDE_LAYER_SUPERFICIAL || layer == STRIDE_LAYER_DEEP);

  if (self->layer == layer)
    return;

  self->layer = layer;
  view_or_layer_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAYER]);
}

/* Shows a view and layer that hold REGION, if the current ones do not: the view and
 * layer of its first shape. */
static void
show_region (StrideBodyMap *self,
             Region        *region)
{
  const MapShape *first;

  if (_stride_body_map_region_shown (region, self->view, self->layer) || region->shapes->len == 0)
    return;

  first = &g_array_index (region->shapes, MapShape, 0);
  if (_stride_body_map_region_shown (region, self->view, first->layer))
    stride_body_map_set_layer (self, first->layer);
  else if (_stride_body_map_region_shown (region, first->view, self->layer))
    stride_body_map_set_view (self, first->view);
  else
    {
      stride_body_map_set_layer (self, first->layer);
      stride_body_map_set_view (self, first->view);
    }
}

StrideBodyMapSelectionMode
stride_body_map_get_selection_mode (StrideBodyMap *self)
{
  g_return_val_if_fail (STRIDE_IS_BODY_MAP (self), STRIDE_BODY_MAP_SELECTION_NONE);

  return self->selection_mode;
}

gboolean
stride_body_map_get_fit_to_width (StrideBodyMap *self)
{
  g_return_val_if_fail (STRIDE_IS_BODY_MAP (self), FALSE);

  return self->fit_to_width;
}

void
stride_body_map_set_fit_to_width (StrideBodyMap *self,
                                  gboolean       fit)
{
  g_return_if_fail (STRIDE_IS_BODY_MAP (self));

  fit = !!fit;
  if (self->fit_to_width == fit)
    return;

  self->fit_to_width = fit;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIT_TO_WIDTH]);
}

void
stride_body_map_set_selection_mode (StrideBodyMap              *self,
                                    StrideBodyMapSelectionMode  mode)
{
  g_return_if_fail (STRIDE_IS_BODY_MAP (self));
  g_return_if_fail (mode <= STRIDE_BODY_MAP_SELECTION_MULTIPLE);

  if (self->selection_mode == mode)
    return;

  self->selection_mode = mode;
  if (clear_selection (self, NULL))
    selection_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTION_MODE]);
  g_signal_emit (self, signals[REGIONS_CHANGED], 0);
}

void
stride_body_map_add_region (StrideBodyMap *self,
                            const char    *id,
                            const char    *name,
                            GPtrArray     *shapes)
{
  Region *region;

  g_return_if_fail (STRIDE_IS_BODY_MAP (self));
  g_return_if_fail (id != NULL);
  g_return_if_fail (name != NULL);

  region = _stride_body_map_find_region (self, id);
  if (region == NULL)
    {
      region = g_new0 (Region, 1);
      region->id = g_strdup (id);
      g_ptr_array_add (self->regions, region);
      g_hash_table_insert (self->region_by_id, region->id, region);
    }

  g_free (region->name);
  region->name = g_strdup (name);
  g_clear_pointer (&region->shapes, g_array_unref);
  region->shapes = _stride_body_map_copy_shapes (shapes);

  if (region == self->focus)
    _stride_body_map_update_accessible_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[REGIONS_CHANGED], 0);
}

void
stride_body_map_remove_all_regions (StrideBodyMap *self)
{
  gboolean had_selection;

  g_return_if_fail (STRIDE_IS_BODY_MAP (self));

  if (self->regions->len == 0)
    return;

  had_selection = clear_selection (self, NULL);
  _stride_body_map_set_focus (self, NULL);
  _stride_body_map_set_hover (self, NULL);
  g_hash_table_remove_all (self->region_by_id);
  g_ptr_array_set_size (self->regions, 0);

  if (had_selection)
    selection_changed (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[REGIONS_CHANGED], 0);
}

gboolean
stride_body_map_has_region (StrideBodyMap *self,
                            const char    *id)
{
  g_return_val_if_fail (STRIDE_IS_BODY_MAP (self), FALSE);

  return _stride_body_map_find_region (self, id) != NULL;
}

gboolean
stride_body_map_region_in_view (StrideBodyMap *self,
                                const char    *id,
                                StrideView     view)
{
  Region *region;

  g_return_val_if_fail (STRIDE_IS_BODY_MAP (self), FALSE);

  region = _stride_body_map_find_region (self, id);
  return region != NULL && _stride_body_map_region_in_view (region, view);
}

const char *
stride_body_map_get_region_name (StrideBodyMap *self,
                                 const char    *id)
{
  Region *region;

  g_return_val_if_fail (STRIDE_IS_BODY_MAP (self), NULL);

  region = _stride_body_map_find_region (self, id);
  return region != NULL ? region->name : NULL;
}

void
stride_body_map_set_region_kind (StrideBodyMap *self,
                                 const char    *id,
                                 const char    *kind)
{
  Region *region;

  g_return_if_fail (STRIDE_IS_BODY_MAP (self));

  region = _stride_body_map_find_region (self, id);
  if (region == NULL || g_strcmp0 (region->kind, kind) == 0)
    return;

  g_free (region->kind);
  region->kind = g_strdup (kind);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
stride_body_map_set_backdrop (StrideBodyMap *self,
                              GPtrArray     *structures)
{
  g_return_if_fail (STRIDE_IS_BODY_MAP (self));

  g_ptr_array_set_size (self->backdrop, 0);
  for (guint i = 0; structures != NULL && i < structures->len; i++)
    {
      const StrideStructure *structure = g_ptr_array_index (structures, i);
      Region *region = g_new0 (Region, 1);

      region->id = g_strdup (structure->id);
      region->name = g_strdup (structure->name);
      region->kind = g_strdup (structure->kind != NULL ? structure->kind : "muscle");
      region->shapes = _stride_body_map_copy_shapes (structure->shapes);
      g_ptr_array_add (self->backdrop, region);
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
stride_body_map_region_shown (StrideBodyMap *self,
                              const char    *id)
{
  Region *region;

  g_return_val_if_fail (STRIDE_IS_BODY_MAP (self), FALSE);

  region = _stride_body_map_find_region (self, id);
  return region != NULL && _stride_body_map_region_shown (region, self->view, self->layer);
}

void
stride_body_map_trace_region (StrideBodyMap *self,
                              cairo_t       *cr,
                              const char    *id)
{
  Region *region;

  g_return_if_fail (STRIDE_IS_BODY_MAP (self));

  region = _stride_body_map_find_region (self, id);
  if (region != NULL)
    _stride_body_map_trace_region (cr, region, self->view, self->layer);
}

void
stride_body_map_trace_silhouette (StrideBodyMap *self,
                                  cairo_t       *cr)
{
  g_return_if_fail (STRIDE_IS_BODY_MAP (self));

  stride_body_atlas_trace_silhouette (cr, self->view);
}

GStrv
stride_body_map_dup_landmarks (StrideBodyMap *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GPtrArray *landmarks;

  g_return_val_if_fail (STRIDE_IS_BODY_MAP (self), NULL);

  landmarks = stride_body_atlas_get_landmarks (self->view);
  for (guint i = 0; i < landmarks->len; i++)
    {
      const StrideAtlasLandmark *landmark = g_ptr_array_index (landmarks, i);
      if (landmark->label)
        g_strv_builder_add (builder, landmark->id);
    }

  return g_strv_builder_end (builder);
}

const char *
stride_body_map_get_landmark_name (const char *id)
{
  return stride_body_atlas_landmark_name (id);
}

GStrv
stride_body_map_dup_region_ids (StrideBodyMap *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (STRIDE_IS_BODY_MAP (self), NULL);

  for (guint i = 0; i < self->regions->len; i++)
    g_strv_builder_add (builder, ((Region *) g_ptr_array_index (self->regions, i))->id);

  return g_strv_builder_end (builder);
}

GStrv
stride_body_map_dup_selected (StrideBodyMap *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (STRIDE_IS_BODY_MAP (self), NULL);

  for (guint i = 0; self->regions != NULL && i < self->regions->len; i++)
    {
      Region *region = g_ptr_array_index (self->regions, i);
      if (region->selected)
        g_strv_builder_add (builder, region->id);
    }

  return g_strv_builder_end (builder);
}

void
stride_body_map_set_selected (StrideBodyMap      *self,
                              const char * const *ids)
{
  Region *single = NULL;
  gboolean changed = FALSE;

  g_return_if_fail (STRIDE_IS_BODY_MAP (self));

  /* A single selection keeps the first region it is given. */
  for (guint i = 0; self->selection_mode == STRIDE_BODY_MAP_SELECTION_SINGLE &&
                    ids != NULL && ids[i] != NULL && single == NULL; i++)
    single = _stride_body_map_find_region (self, ids[i]);

  for (guint i = 0; i < self->regions->len; i++)
    {
      Region *region = g_ptr_array_index (self->regions, i);
      gboolean wanted;

      if (self->selection_mode == STRIDE_BODY_MAP_SELECTION_SINGLE)
        wanted = region == single;
      else
        wanted = self->selection_mode == STRIDE_BODY_MAP_SELECTION_MULTIPLE &&
                 ids != NULL && g_strv_contains (ids, region->id);
      changed |= set_region_selected (self, region, wanted);
    }

  if (changed)
    selection_changed (self);
}

gboolean
stride_body_map_is_selected (StrideBodyMap *self,
                             const char    *id)
{
  Region *region;

  g_return_val_if_fail (STRIDE_IS_BODY_MAP (self), FALSE);

  region = _stride_body_map_find_region (self, id);
  return region != NULL && region->selected;
}

void
stride_body_map_select_region (StrideBodyMap *self,
                               const char    *id,
                               gboolean       selected)
{
  Region *region;
  gboolean changed = FALSE;

  g_return_if_fail (STRIDE_IS_BODY_MAP (self));
  g_return_if_fail (id != NULL);

  region = _stride_body_map_find_region (self, id);
  if (region == NULL || self->selection_mode == STRIDE_BODY_MAP_SELECTION_NONE)
    return;

  if (selected && self->selection_mode == STRIDE_BODY_MAP_SELECTION_SINGLE)
    changed |= clear_selection (self, region);
  changed |= set_region_selected (self, region, selected);

  if (changed)
    selection_changed (self);
}

void
stride_body_map_set_mark (StrideBodyMap *self,
                          const char    *id,
                          const char    *kind)
{
  Region *region;

  g_return_if_fail (STRIDE_IS_BODY_MAP (self));
  g_return_if_fail (id != NULL);

  region = _stride_body_map_find_region (self, id);
  if (region == NULL || g_strcmp0 (region->mark, kind) == 0)
    return;

  g_free (region->mark);
  region->mark = g_strdup (kind);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

const char *
stride_body_map_get_mark (StrideBodyMap *self,
                          const char    *id)
{
  Region *region;

  g_return_val_if_fail (STRIDE_IS_BODY_MAP (self), NULL);

  region = _stride_body_map_find_region (self, id);
  return region != NULL ? region->mark : NULL;
}

void
stride_body_map_clear_marks (StrideBodyMap *self)
{
  g_return_if_fail (STRIDE_IS_BODY_MAP (self));

  for (guint i = 0; i < self->regions->len; i++)
    g_clear_pointer (&((Region *) g_ptr_array_index (self->regions, i))->mark, g_free);

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
stride_body_map_activate_region (StrideBodyMap *self,
                                 const char    *id)
{
  Region *region;

  g_return_if_fail (STRIDE_IS_BODY_MAP (self));
  g_return_if_fail (id != NULL);

  region = _stride_body_map_find_region (self, id);
  if (region == NULL)
    return;

  show_region (self, region);

  if (self->selection_mode != STRIDE_BODY_MAP_SELECTION_NONE)
    stride_body_map_select_region (self, id, !region->selected);

  /* The id is copied: a handler may replace the regions. */
  {
    g_autofree char *copy = g_strdup (id);
    g_signal_emit (self, signals[REGION_ACTIVATED], 0, copy);
  }
}

const char *
stride_body_map_get_focus_region (StrideBodyMap *self)
{
  g_return_val_if_fail (STRIDE_IS_BODY_MAP (self), NULL);

  return self->focus != NULL ? self->focus->id : NULL;
}

void
stride_body_map_set_focus_region (StrideBodyMap *self,
                                  const char    *id)
{
  g_return_if_fail (STRIDE_IS_BODY_MAP (self));

  _stride_body_map_set_focus (self, _stride_body_map_find_region (self, id));
}

const char *
stride_body_map_get_hover_region (StrideBodyMap *self)
{
  g_return_val_if_fail (STRIDE_IS_BODY_MAP (self), NULL);

  return self->hover != NULL ? self->hover->id : NULL;
}
