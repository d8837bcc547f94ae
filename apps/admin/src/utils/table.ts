/**
 * Element Plus types a column slot's `row` as `Record<PropertyKey, any>`, whatever the table holds. The
 * row is always an element of the table's own typed `data`, so naming its type back is safe:
 * `const canteenOf = rowType<CanteenDto>()`, then `canteenOf(row).status` in the template.
 */
export function rowType<Row extends object>(): (row: object) => Row {
  return (row) => row as Row;
}
