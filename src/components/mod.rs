//! Presentational components: each renders domain values from the reader
//! context or its props and reports what the reader did through intents or
//! `on…` callbacks.

mod article_list;
mod article_view;
mod articles;
mod blocks;
mod chart;
mod comparison;
mod outlet_toggles;
mod provenance;
mod route_link;
mod stance;

pub use articles::ArticlesView;
pub use comparison::ComparisonView;
pub use outlet_toggles::OutletToggles;
pub use route_link::RouteLink;
