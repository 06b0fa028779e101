// Mistake: counts the weights but forgets the biases
// Look at: whether every parameter of a layer is in your count
// Prediction: parameter-count
org.dlkit.notebook.Notebook.predict("parameter-count", 50816);
