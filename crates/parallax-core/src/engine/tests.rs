use super::statement::statements;
use crate::claim::Qualifier;

#[test]
fn a_figure_with_qualifier_unit_entity_and_source() {
    let s = statements(
        "At least 3,000 North Korean soldiers have been sent to Russia for training, US officials said October 23",
    );
    assert_eq!(s.len(), 1, "{s:?}");
    let s = &s[0];
    assert_eq!(s.amount, 3000.0);
    assert_eq!(s.qualifier, Qualifier::AtLeast);
    assert_eq!(s.unit.as_deref(), Some("soldiers"));
    assert_eq!(s.entity.as_deref(), Some("North Korean soldiers"));
    assert_eq!(s.scope.place.as_deref(), Some("to Russia"));
    assert_eq!(s.attribution.as_ref().unwrap().source, "US officials");
}
