// German texts of the extremes panel (merged into ../de.js when done).
export default {};
