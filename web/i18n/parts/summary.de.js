// German texts of the summary panel (merged into ../de.js when done).
export default {};
