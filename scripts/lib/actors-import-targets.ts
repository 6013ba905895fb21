/**
 * Countries whose officials are imported: the G20, ASEAN and Timor-Leste, UN Security Council
 * permanent and recent elected members (2020–2027), and countries at war or in major conflict.
 */
export const TARGET_COUNTRIES: ReadonlySet<string> = new Set([
  // G20 members (the EU and AU are organisations)
  'ARG', 'AUS', 'BRA', 'CAN', 'CHN', 'FRA', 'DEU', 'IND', 'IDN', 'ITA', 'JPN', 'KOR', 'MEX', 'RUS', 'SAU', 'ZAF', 'TUR', 'GBR', 'USA',
  // ASEAN and Timor-Leste
  'BRN', 'KHM', 'LAO', 'MYS', 'MMR', 'PHL', 'SGP', 'THA', 'VNM', 'TLS',
  // UN Security Council elected members 2020–2027
  'BEL', 'DOM', 'EST', 'NER', 'VCT', 'TUN', 'VNM', 'IRL', 'KEN', 'MEX', 'NOR', 'ALB', 'GAB', 'GHA', 'ARE', 'BRA', 'ECU',
  'MLT', 'MOZ', 'CHE', 'DZA', 'GUY', 'SLE', 'SVN', 'DNK', 'GRC', 'PAK', 'PAN', 'SOM', 'BHR', 'COL', 'COD', 'LVA', 'LBR',
  // war or major conflict
  'UKR', 'ISR', 'PSE', 'IRN', 'LBN', 'SYR', 'YEM', 'SDN', 'SSD', 'ETH', 'ARM', 'AZE', 'PRK', 'AFG', 'VEN', 'IRQ', 'LBY', 'RWA',
  // others that make diplomatic news with the above
  'EGY', 'QAT', 'JOR', 'POL', 'HUN', 'BLR', 'ESP', 'NLD', 'NZL', 'BGD', 'LKA', 'NPL', 'NGA', 'CUB', 'TWN',
]);
