// German texts of the fits panel (merged into ../de.js when done).
export default {};
