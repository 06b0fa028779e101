// Mistake: expects any step above 2/λ of the nearest minimum to diverge
// Look at: what the experiment above printed and drew: does it agree with what you predicted, and why not?
// Prediction: escape-sharp
predict("escape-sharp", "diverge");
