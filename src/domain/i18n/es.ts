/**
 * Finding messages in Spanish (es-MX), the users' language. `{name}` takes a value from the
 * finding's data; `{name|money}`, `{name|num}` and `{name|action}` format it for the locale.
 */
export const es = {
  "monthly-sum/mismatch-monthly":
    "La suma de los 12 meses es {actual|num}, pero la programación anual es {expected|num}: los meses suman {diff|gap} {diff|side} que la programación anual, en la actividad «{activity}».",
  "monthly-sum/mismatch-quarterly":
    "La suma de los 4 trimestres es {actual|num}, pero la meta anual es {expected|num}: los trimestres suman {diff|gap} {diff|side} que la meta anual, en la actividad «{activity}».",
  "required-field/action-field": "Falta {field} en la acción {action|action}: la celda está vacía.",
  "required-field/action-label": "No se encontró {field} en el bloque de la acción {action|action}.",
  "required-field/partida": "La acción {action|action} tiene inversión de {investment|money} pero no indica PARTIDA PRESUPUESTAL.",
  "required-field/activity-annual":
    "La actividad «{activity}» tiene programación mensual (suma {expected|num}) pero le falta la PROGRAMACIÓN ANUAL.",
  "required-field/activity-field": "Falta {field} en la actividad de la fila {row}.",
  "required-field/no-activities": "La acción {action|action} no tiene actividades en su tabla.",
  "number-format/not-a-number": "{column} debe ser un número, pero la celda contiene «{value}».",
  "number-format/excel-error": "{column} contiene el error de Excel {value}; corrija la fórmula o la referencia.",
  "number-format/number-as-text":
    "{column} tiene el número {actual|num} escrito como texto («{value}»); Excel no lo suma. Escríbalo como número.",
  "investment-sum/mismatch":
    "La INVERSIÓN APROXIMADA de la acción {action|action} es {expected|money}, pero sus actividades suman {actual|money}: {diff|gapMoney} {diff|side} que la inversión.",
  "investment-sum/rounding":
    "La INVERSIÓN APROXIMADA de la acción {action|action} es {expected|money} y sus actividades suman {actual|money}: difieren solo por redondeo.",
  "partida-format/bad-code":
    "«{token}» no es una partida válida: se esperan códigos de 4 dígitos del Clasificador por Objeto del Gasto (capítulo 1 a 9), por ejemplo 2111 o 2111-1, separados por comas.",
  "partida-unknown/unknown-generic":
    "La partida {code} no está en el Clasificador por Objeto del Gasto del CONAC: no existe la partida genérica {generic} en el concepto {concept} «{conceptName}».",
  "partida-unknown/unknown-concept":
    "La partida {code} no está en el Clasificador por Objeto del Gasto del CONAC: no existe el concepto {concept} en el capítulo {chapter}000 «{chapterName}».",
  "beneficiarios/unreadable":
    "No se pueden leer los beneficiarios «{value}»: indique hombres (H) y mujeres (M), por ejemplo «H 1950 / M 2250».",
  "beneficiarios/not-whole": "Los beneficiarios «{value}» deben ser números enteros de personas; «{token}» no lo es.",
  "beneficiarios/one-sex":
    "Los beneficiarios «{value}» solo indican {count|num} {sexName}; si no hay {otherName}, escríbalo explícitamente: «{other} 0».",
  "beneficiarios/implausible-size":
    "Los beneficiarios «{value}» suman {actual|num} personas, más que la población de cualquier municipio ({expected|num}); revise la cifra.",
  "beneficiarios/implausible-ratio":
    "Los beneficiarios «{value}» son poco creíbles: un sexo es {ratio|num} veces el otro; revise las cifras de H y M.",
  "summary-mismatch/amount":
    "El resumen dice {actual|money} para la acción {action|action}, pero su INVERSIÓN APROXIMADA es {expected|money}.",
  "summary-mismatch/absent-from-workbook": "El resumen incluye la acción {action|action} «{name}», que no está en el libro.",
  "summary-mismatch/missing-from-summary": "La acción {action|action} «{name}» (hoja «{where}») no aparece en el resumen.",
  "summary-mismatch/total": "El total del resumen es {actual|money}, pero sus filas suman {expected|money}.",
  "action-number/duplicate": "El número de acción {action|action} se repite: también está en {other}.",
  "action-number/not-whole": "El número de acción «{value}» no es un número entero.",
  "year-mismatch/mismatch": "Este bloque dice PROGRAMA OPERATIVO ANUAL {actual}, pero el resto del libro es de {expected}.",
  "avance/total":
    "TOTAL ACUMULADO dice {actual|num}, pero lo REALIZADO en los trimestres suma {expected|num} en la actividad «{activity}».",
  "avance/progress":
    "% DE AVANCE dice {actual|num}, pero el acumulado ({total|num}) entre la meta anual ({meta|num}) da {expected|num} % en la actividad «{activity}».",
  "avance/ahead":
    "Lo realizado hasta el {quarter} ({actual|num}) rebasa lo calendarizado a esa fecha ({expected|num}) en la actividad «{activity}»; confirme la cifra o ajuste el calendario.",
  "header-consistency/differs":
    "{field} dice «{actual}» en esta página, pero «{expected}» en las demás páginas del POA.",
  "classification/unknown-code": "{level} {code} no existe en la clasificación del CONAC.",
  "classification/wrong-parent": "{level} {code} no pertenece a la {parentLevel} {parent} indicada.",
  "classification/wrong-name": "{level} {code} se llama «{expected}» en la clasificación del CONAC, no «{actual}».",
  "ur-investment/mismatch":
    "La {unit} ({code}) tiene asignados {expected|money}, pero sus actividades suman {actual|money}: {diff|gapMoney} {diff|side} que lo asignado.",
  "ur-investment/rounding":
    "La {unit} ({code}) tiene asignados {expected|money} y sus {count|num} actividades suman {actual|money}: la diferencia es de redondeo al repartir el monto.",
  "layout/inferred-label":
    "Falta la etiqueta {label}: se tomó el valor de esta celda como {label}. Escriba la etiqueta para que el documento sea claro.",
  "layout/orphan-rows":
    "{count|num} fila(s) con cifras no pertenecen a ningún bloque de acción: no hay encabezado de POA arriba de ellas.",
  "layout/no-month-header":
    "La tabla de actividades no tiene la fila de meses (ENE … DIC); no se puede revisar la programación mensual.",
  "layout/shifted-row": "La fila {row} parece desplazada: hay valores bajo encabezados que no les corresponden.",
  "layout/extra-figures":
    "La fila {row} trae una cifra más que las columnas del encabezado: no se sabe qué cifra es REALIZADO, TOTAL ACUMULADO o % DE AVANCE. Se revisó solo el calendario; acomode la fila bajo sus encabezados.",
  "layout/unit-figures-shifted":
    "Las cifras por trimestre de las UR (fila {row}) están una fila fuera de su renglón: cada UR muestra las del renglón de arriba. No se usaron; acomódelas junto a su UR.",
  "layout/merged-figure":
    "Esta celda de la fila {row} quedó dentro de una celda combinada con su vecina y su cifra no se puede leer; separe las celdas.",
  "layout/no-table": "La acción no tiene tabla de actividades (ACTIVIDAD | … | PROGRAMACIÓN ANUAL).",
  "layout/unrecognized":
    "Esta hoja parece un POA, pero no coincide con ningún formato conocido. El más parecido es el {family}; le faltan: {missing}. Revise que esas etiquetas estén escritas.",
  "layout/unfilled-template": "Plantilla sin llenar: esta acción aún no tiene datos. Llénela, o borre la hoja si no se usará.",
  "layout/followup-unmatched":
    "Esta fila de seguimiento («{activity}», acción {action}) ya no corresponde a ninguna actividad del POA: se quitó o se cambió de nombre. Sus cifras se conservan; páselas a la actividad que corresponda y borre la fila.",
  "layout/followup-missing":
    "La actividad «{activity}» (acción {action}) no está en la hoja de seguimiento. Vuelva a insertar el seguimiento: se conservan las cifras ya escritas.",
  "realized-text/not-a-number":
    "Lo REALIZADO de {period} en la actividad «{activity}» es «{value}», que no es un número: Excel no lo suma y el avance sale menor.",
  "realized-text/number-as-text":
    "Lo REALIZADO de {period} en la actividad «{activity}» tiene el número {actual|num} escrito como texto («{value}»): Excel no lo suma. Escríbalo como número.",
  "realized-after-cutoff/after":
    "Hay REALIZADO en {period}, después del mes de corte ({cutoff}), en la actividad «{activity}»: no cuenta en el avance. Cambie el mes de corte o revise la cifra.",
  "realized-above-programmed/far-above":
    "La actividad «{activity}» lleva realizado {actual|num} hasta {period}, {ratio|times} lo programado a esa fecha ({expected|num}). Revise la cifra o ajuste la programación.",
  "realized-above-programmed/nothing-programmed":
    "La actividad «{activity}» lleva realizado {actual|num} hasta {period}, pero no tenía nada programado a esa fecha. Revise la cifra o ajuste la programación.",
  "red-justification/missing":
    "La actividad «{activity}» va en rojo: {avance|pct} de lo programado hasta {period} ({actual|num} de {expected|num}), y no tiene JUSTIFICACIÓN. Escriba por qué.",
  "layout/no-poa":
    "No se encontró ningún POA en el libro: faltan el título «PROGRAMA OPERATIVO ANUAL» y las etiquetas de una acción (SECRETARÍA, NOMBRE DE LA ACCIÓN…).",
} as const;

export type MessageId = keyof typeof es;

/** Words that message data carries and that change with the language. */
export const esWords = {
  noNumber: "sin número",
  men: "hombres",
  women: "mujeres",
  more: "más",
  less: "menos",
} as const;
