package dev.newsbrief.text;

import java.util.Locale;
import java.util.Map;

/** Countries as reports name them: by name, demonym or capital ("Mexican", "Moscow"). */
public final class Places {
  /** Countries with their demonyms and capital cities, folded to the country's name. */
  public static final Map<String, String> COUNTRIES = Map.ofEntries(
      Map.entry("us", "United States"), Map.entry("u.s.", "United States"), Map.entry("usa", "United States"),
      Map.entry("united states", "United States"), Map.entry("america", "United States"),
      Map.entry("american", "United States"), Map.entry("washington", "United States"),
      Map.entry("russia", "Russia"), Map.entry("russian", "Russia"), Map.entry("moscow", "Russia"),
      Map.entry("russian federation", "Russia"), Map.entry("syria", "Syria"), Map.entry("syrian", "Syria"),
      Map.entry("damascus", "Syria"), Map.entry("france", "France"), Map.entry("french", "France"),
      Map.entry("paris", "France"), Map.entry("britain", "United Kingdom"), Map.entry("british", "United Kingdom"),
      Map.entry("uk", "United Kingdom"), Map.entry("london", "United Kingdom"),
      Map.entry("united kingdom", "United Kingdom"), Map.entry("germany", "Germany"),
      Map.entry("german", "Germany"), Map.entry("berlin", "Germany"), Map.entry("china", "China"),
      Map.entry("chinese", "China"), Map.entry("beijing", "China"), Map.entry("iran", "Iran"),
      Map.entry("iranian", "Iran"), Map.entry("tehran", "Iran"), Map.entry("turkey", "Turkey"),
      Map.entry("turkish", "Turkey"), Map.entry("ankara", "Turkey"), Map.entry("israel", "Israel"),
      Map.entry("israeli", "Israel"), Map.entry("iraq", "Iraq"), Map.entry("iraqi", "Iraq"),
      Map.entry("baghdad", "Iraq"), Map.entry("libya", "Libya"), Map.entry("libyan", "Libya"),
      Map.entry("tripoli", "Libya"), Map.entry("egypt", "Egypt"), Map.entry("egyptian", "Egypt"),
      Map.entry("cairo", "Egypt"), Map.entry("japan", "Japan"), Map.entry("japanese", "Japan"),
      Map.entry("tokyo", "Japan"), Map.entry("india", "India"), Map.entry("indian", "India"),
      Map.entry("pakistan", "Pakistan"), Map.entry("pakistani", "Pakistan"),
      Map.entry("saudi arabia", "Saudi Arabia"), Map.entry("saudi", "Saudi Arabia"),
      Map.entry("qatar", "Qatar"), Map.entry("qatari", "Qatar"), Map.entry("ukraine", "Ukraine"),
      Map.entry("ukrainian", "Ukraine"), Map.entry("kiev", "Ukraine"), Map.entry("kyiv", "Ukraine"),
      Map.entry("italy", "Italy"), Map.entry("italian", "Italy"), Map.entry("rome", "Italy"),
      Map.entry("spain", "Spain"), Map.entry("spanish", "Spain"), Map.entry("madrid", "Spain"),
      Map.entry("canada", "Canada"), Map.entry("canadian", "Canada"), Map.entry("mexico", "Mexico"),
      Map.entry("mexican", "Mexico"), Map.entry("poland", "Poland"), Map.entry("polish", "Poland"),
      Map.entry("yugoslavia", "Yugoslavia"), Map.entry("yugoslav", "Yugoslavia"),
      Map.entry("belgrade", "Yugoslavia"), Map.entry("portugal", "Portugal"),
      Map.entry("portuguese", "Portugal"), Map.entry("lisbon", "Portugal"),
      Map.entry("indonesia", "Indonesia"), Map.entry("indonesian", "Indonesia"),
      Map.entry("jakarta", "Indonesia"), Map.entry("palestinian", "Palestine"),
      Map.entry("afghanistan", "Afghanistan"), Map.entry("afghan", "Afghanistan"),
      Map.entry("north korea", "North Korea"), Map.entry("south korea", "South Korea"),
      Map.entry("greece", "Greece"), Map.entry("greek", "Greece"), Map.entry("croatia", "Croatia"),
      Map.entry("croatian", "Croatia"), Map.entry("romania", "Romania"), Map.entry("chile", "Chile"),
      Map.entry("chilean", "Chile"), Map.entry("argentina", "Argentina"), Map.entry("kazakstan", "Kazakhstan"));

  private Places() {}

  /** The country a place, capital or demonym names ("Mexican", "U.S."), or null. */
  public static String country(String word) {
    return COUNTRIES.get(word.toLowerCase(Locale.ROOT).replace("’s", "").replace("'s", ""));
  }
}
