package dev.newsbrief.model;

/** How precisely a date is known. Ordered from finest to coarsest. */
public enum Granularity { DAY, WEEK, MONTH, SEASON, YEAR, UNKNOWN }
