using DefenceData.Annotations;

namespace DefenceData;

/// <summary>The articles the dataset is drawn from.</summary>
[DataCollection(typeof(Source), "sources")]
public static partial class Sources;

/// <summary>The countries named in the articles.</summary>
[DataCollection(typeof(Country), "countries")]
public static partial class Countries;

/// <summary>The organisations named in the articles.</summary>
[DataCollection(typeof(Organisation), "organisations")]
public static partial class Organisations;

/// <summary>The people named in the articles.</summary>
[DataCollection(typeof(Person), "people")]
public static partial class People;

/// <summary>The places named in the articles.</summary>
[DataCollection(typeof(Place), "places")]
public static partial class Places;

/// <summary>The topics and areas of cooperation named in the articles.</summary>
[DataCollection(typeof(Topic), "topics")]
public static partial class Topics;

/// <summary>The events the articles report.</summary>
[DataCollection(typeof(Event), "events")]
public static partial class Events;

/// <summary>The agreements the articles report.</summary>
[DataCollection(typeof(Agreement), "agreements")]
public static partial class Agreements;

/// <summary>The weapon systems the articles name.</summary>
[DataCollection(typeof(WeaponSystem), "weapon-systems")]
public static partial class WeaponSystems;

/// <summary>The statements the articles report.</summary>
[DataCollection(typeof(Statement), "statements")]
public static partial class Statements;
