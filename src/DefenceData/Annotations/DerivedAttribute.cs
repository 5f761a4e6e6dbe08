namespace DefenceData.Annotations;

/// <summary>
/// Marks a get-only property computed from a record's data (a CAMEO code's description, say): the
/// typed tables (CSV, Parquet, <c>datapackage.json</c>) carry it as a column after the data's, so an
/// analyst need not join it in. YAML never sets it and the JSON export, which is the data, leaves it
/// out. It must be a scalar (text, number, boolean, enum or date); anything else is DD0017.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class DerivedAttribute : Attribute;
